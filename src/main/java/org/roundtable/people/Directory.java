package org.roundtable.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.roundtable.platform.Page;

/**
 * The people directory (and, with {@code admin}, the staff admin list): schools, and staff searchable by
 * school, role group and name, one page at a time.
 */
@Named
@ViewScoped
public class Directory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient People people;

    private List<SchoolSummary> schools;
    private Long schoolId;
    private RoleGroup roleGroup;
    private String name;
    private boolean includeInactive;
    private final Staff staff = new Staff();

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

    public void reload() {
        schools = people.schoolsInScope();
    }

    /** The lazily paged staff list. */
    public class Staff extends LazyDataModel<StaffRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0; // load() sets the row count
        }

        @Override
        public List<StaffRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<StaffRow> page = people.staff(schoolId, roleGroup, name, includeInactive, first,
                    Math.min(pageSize, People.MAX_PAGE_SIZE));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(StaffRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public StaffRow getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(r -> String.valueOf(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public Staff getStaff() { return staff; }
    public List<SchoolSummary> getSchools() { return schools; }
    public RoleGroup[] getRoleGroups() { return RoleGroup.values(); }
    public SchoolLevel[] getLevels() { return SchoolLevel.values(); }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public void setRoleGroup(RoleGroup roleGroup) { this.roleGroup = roleGroup; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
}
