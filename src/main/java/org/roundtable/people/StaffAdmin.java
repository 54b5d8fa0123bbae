package org.roundtable.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.roundtable.platform.FormErrors;

/** Admin page for staff: the directory list plus a form to add or change a person. */
@Named
@ViewScoped
public class StaffAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "schoolId", "edit:school", "school", "edit:school", "fullName", "edit:fullName", "roleGroup", "edit:roleGroup");

    @Inject
    People people;

    @Inject
    FormErrors errors;

    private Long editingId;
    private long version;
    private Long schoolId;
    private String fullName;
    private RoleGroup roleGroup;
    private boolean active = true;

    public void add() {
        editingId = null;
        fullName = null;
        roleGroup = null;
        active = true;
    }

    public void edit(StaffRow row) {
        editingId = row.id();
        version = row.version();
        schoolId = row.schoolId();
        fullName = row.fullName();
        roleGroup = row.roleGroup();
        active = row.active();
    }

    public void save() {
        StaffDraft draft = new StaffDraft(schoolId, fullName, roleGroup, active);
        try {
            if (editingId == null) {
                people.addStaff(draft);
            } else {
                people.updateStaff(editingId, version, draft);
            }
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info("admin.saved");
        add();
    }

    public boolean isEditing() { return editingId != null; }
    public RoleGroup[] getStaffRoleGroups() {
        return java.util.Arrays.stream(RoleGroup.values()).filter(g -> g != RoleGroup.STUDENTS).toArray(RoleGroup[]::new);
    }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public void setRoleGroup(RoleGroup roleGroup) { this.roleGroup = roleGroup; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
