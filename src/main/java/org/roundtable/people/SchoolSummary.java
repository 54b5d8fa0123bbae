package org.roundtable.people;

import java.io.Serializable;

/** A school with its head count, for the directory and the admin page. */
public record SchoolSummary(long id, String name, SchoolLevel level, long version, long activeStaff)
        implements Serializable {
}
