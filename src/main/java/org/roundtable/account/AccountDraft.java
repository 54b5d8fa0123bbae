package org.roundtable.account;

import org.roundtable.security.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** What an admin types to add or change an account. */
public record AccountDraft(
        @NotBlank(message = "{account.displayName.required}") @Size(max = 120, message = "{account.displayName.size}") String displayName,
        @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 160) String email,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
        Long schoolId,
        boolean active) implements Serializable {
}
