package org.roundtable.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person a service call is made for: who they are and which roles they hold. What that lets them read or do
 * is {@link AccessPolicy}'s to say; services check every read and write with it, so access does not depend on
 * what a page happens to show.
 *
 * @param userId   the account id
 * @param username the login name (what the audit log records)
 * @param displayName the name shown in pages
 * @param roles    the account's roles
 * @param schoolId the principal's school, null for district roles and admins
 */
public record Caller(long userId, String username, String displayName, Set<Role> roles, Long schoolId)
        implements Serializable {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (roles.contains(Role.PRINCIPAL) && schoolId == null) {
            throw new IllegalArgumentException("A principal needs a school");
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Superintendent or assistant superintendent: sees every school. */
    public boolean isDistrictLeader() {
        return roles.stream().anyMatch(Role::isDistrictLeader);
    }

    public boolean isPrincipal() {
        return roles.contains(Role.PRINCIPAL);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** A leader (PRODUCT.md): a district role or a principal. Leaders read and write observations. */
    public boolean isLeader() {
        return isDistrictLeader() || isPrincipal();
    }
}
