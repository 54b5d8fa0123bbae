package org.roundtable.people;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A person working at a school. Staff are retired (inactive), never deleted: observations name them. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotBlank(message = "{staff.name.required}")
    @Size(max = 120, message = "{staff.name.size}")
    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @NotNull(message = "{staff.roleGroup.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "role_group", nullable = false, length = 30)
    private RoleGroup roleGroup;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected StaffMember() {
    }

    public StaffMember(School school, String fullName, RoleGroup roleGroup) {
        this.school = Objects.requireNonNull(school, "school");
        this.fullName = Objects.requireNonNull(fullName, "fullName").strip();
        this.roleGroup = Objects.requireNonNull(roleGroup, "roleGroup");
    }

    public void update(School school, String fullName, RoleGroup roleGroup, boolean active) {
        this.school = Objects.requireNonNull(school, "school");
        this.fullName = Objects.requireNonNull(fullName, "fullName").strip();
        this.roleGroup = Objects.requireNonNull(roleGroup, "roleGroup");
        this.active = active;
    }

    public Long getId() { return id; }
    public School getSchool() { return school; }
    public String getFullName() { return fullName; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof StaffMember other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return StaffMember.class.hashCode();
    }
}
