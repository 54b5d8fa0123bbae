package org.roundtable.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an admin types to add or change a staff member. */
public record StaffDraft(
        @NotNull(message = "{staff.school.required}") Long schoolId,
        @NotBlank(message = "{staff.name.required}") @Size(max = 120, message = "{staff.name.size}") String fullName,
        @NotNull(message = "{staff.roleGroup.required}") RoleGroup roleGroup,
        boolean active) implements Serializable {
}
