package org.roundtable.people;

import java.io.Serializable;

/** A staff member as the directory lists them. */
public record StaffRow(long id, String fullName, RoleGroup roleGroup, long schoolId, String schoolName, boolean active,
        long version) implements Serializable {
}
