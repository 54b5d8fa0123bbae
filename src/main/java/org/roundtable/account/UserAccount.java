package org.roundtable.account;

import org.roundtable.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.roundtable.people.School;

/**
 * A person who can log in. A principal account belongs to exactly one school; district roles and admins
 * belong to none. An admin account holds no leader role (separation of duties: whoever manages accounts reads
 * no school's notes). Accounts are deactivated, never deleted: observations and the audit log name them. A new
 * password or a deactivation moves the session epoch on, which ends the account's open sessions.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{account.username.required}")
    @Size(min = 3, max = 60, message = "{account.username.size}")
    @Pattern(regexp = "[a-z0-9._-]+", message = "{account.username.pattern}")
    @Column(nullable = false, unique = true, length = 60, updatable = false)
    private String username;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 120, message = "{account.displayName.size}")
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = 160)
    @Column(nullable = false, length = 160)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @NotEmpty(message = "{account.roles.required}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Set<Role> roles,
            School school) {
        this.username = Objects.requireNonNull(username, "username").strip().toLowerCase();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        update(displayName, email, roles, school, true);
    }

    /**
     * Changes what the account is. A principal must have a school; nobody else has one.
     *
     * @throws IllegalArgumentException when the roles and the school do not fit together
     */
    public final void update(String displayName, String email, Set<Role> roles, School school, boolean active) {
        Objects.requireNonNull(roles, "roles");
        if (roles.contains(Role.PRINCIPAL) && school == null) {
            throw new IllegalArgumentException("account.principal.needsSchool");
        }
        if (!roles.contains(Role.PRINCIPAL) && school != null) {
            throw new IllegalArgumentException("account.school.onlyPrincipal");
        }
        if (roles.contains(Role.PRINCIPAL) && roles.stream().anyMatch(Role::isDistrictLeader)) {
            throw new IllegalArgumentException("account.principal.notDistrict");
        }
        if (roles.contains(Role.ADMIN) && roles.size() > 1) {
            throw new IllegalArgumentException("account.admin.noLeaderRole");
        }
        if (this.active && !active) {
            sessionEpoch++;
        }
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        this.email = Objects.requireNonNull(email, "email").strip();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.school = school;
        this.active = active;
    }

    /** Ends every open session of the account (a password link was sent). */
    public void endSessions() {
        sessionEpoch++;
    }

    /** Sets a new password hash; every session signed in with the old password ends. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "passwordHash");
        sessionEpoch++;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public School getSchool() { return school; }
    public Set<Role> getRoles() { return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles); }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
    public int getSessionEpoch() { return sessionEpoch; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserAccount other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
