package org.roundtable.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.roundtable.platform.PagedModel;

/**
 * The people directory (and, with {@code admin}, the staff admin list): schools, and staff searchable by
 * school, role group and name, one page at a time.
 */
@Named
@ViewScoped
public class Directory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    People people;

    private List<SchoolSummary> schools;
    private Long schoolId;
    private RoleGroup roleGroup;
    private String name;
    private boolean includeInactive;

    @PostConstruct
    void init() {
        schools = people.schoolsInScope();
        if (schools.size() == 1) {
            schoolId = schools.get(0).id();
        }
    }

    /** Picks a school from the school list. */
    public void show(long id) {
        schoolId = id;
    }

    /** The lazily paged staff list, one model per request (see {@link PagedModel#ofRequest}). */
    public PagedModel<StaffRow> getStaff() {
        return PagedModel.ofRequest(this, "staff", () -> new PagedModel<>(
                (first, size, sort) -> people.staff(schoolId, roleGroup, name, includeInactive, first, size),
                StaffRow::id, People.MAX_PAGE_SIZE));
    }
    public List<SchoolSummary> getSchools() { return schools; }
    public RoleGroup[] getRoleGroups() { return RoleGroup.values(); }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public void setRoleGroup(RoleGroup roleGroup) { this.roleGroup = roleGroup; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
}
