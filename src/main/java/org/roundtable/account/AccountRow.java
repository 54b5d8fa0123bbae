package org.roundtable.account;

import org.roundtable.security.Role;
import java.io.Serializable;
import java.util.Set;

/** An account as the admin page lists it (never with its hash). */
public record AccountRow(long id, String username, String displayName, String email, Set<Role> roles, Long schoolId,
        String schoolName, boolean active, long version) implements Serializable {
}
