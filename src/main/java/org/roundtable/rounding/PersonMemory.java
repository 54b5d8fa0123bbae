package org.roundtable.rounding;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.roundtable.people.RoleGroup;

/** Someone leaders talked with before at a school, and what was on their mind the last time. */
public record PersonMemory(long staffMemberId, String name, RoleGroup roleGroup, LocalDateTime lastTalked,
        String leaderName, String onTheirMind, long conversations) implements Serializable {
}
