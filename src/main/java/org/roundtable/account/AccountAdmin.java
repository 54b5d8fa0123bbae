package org.roundtable.account;

import org.roundtable.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.roundtable.people.People;
import org.roundtable.people.SchoolSummary;
import org.roundtable.platform.FormErrors;

/** Admin page for accounts: add, change roles and school, deactivate, send a link to choose a new password. */
@Named
@ViewScoped
public class AccountAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("username", "edit:username", "displayName", "edit:displayName",
            "email", "edit:email", "roles", "edit:roles", "school", "edit:school", "schoolId", "edit:school",
            "active", "edit:active");

    @Inject
    Accounts accounts;

    @Inject
    People people;

    @Inject
    FormErrors errors;

    private List<AccountRow> rows;
    private List<SchoolSummary> schools;
    private Long editingId;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private Long schoolId;
    private boolean active = true;

    @PostConstruct
    void init() {
        rows = accounts.list();
        schools = people.schools();
    }

    public void add() {
        editingId = null;
        username = null;
        displayName = null;
        email = null;
        roles = new ArrayList<>();
        schoolId = null;
        active = true;
    }

    public void edit(AccountRow row) {
        editingId = row.id();
        version = row.version();
        username = row.username();
        displayName = row.displayName();
        email = row.email();
        roles = row.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        schoolId = row.schoolId();
        active = row.active();
    }

    public void save() {
        AccountDraft draft = new AccountDraft(displayName, email,
                roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class)
                        : EnumSet.copyOf(roles.stream().map(Role::valueOf).toList()), schoolId, active);
        try {
            if (editingId == null) {
                accounts.create(username, draft);
            } else {
                accounts.update(editingId, version, draft);
            }
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info(editingId == null ? "admin.accountCreated" : "admin.saved");
        add();
        rows = accounts.list();
    }

    /** Mails the account's owner a one-time link to choose a new password (their sessions end now). */
    public void sendPasswordLink() {
        try {
            accounts.sendPasswordLink(editingId);
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info("admin.passwordLinkSent");
        add();
        rows = accounts.list();
    }

    public boolean isEditing() { return editingId != null; }
    public List<AccountRow> getRows() { return rows; }
    public List<SchoolSummary> getSchools() { return schools; }
    public Role[] getAllRoles() { return Role.values(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
