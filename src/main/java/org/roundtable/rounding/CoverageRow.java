package org.roundtable.rounding;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** A school's visit coverage: its last completed visit and completed visits this term. */
public record CoverageRow(long schoolId, String schoolName, LocalDateTime lastVisit, long visitsThisTerm)
        implements Serializable {

    /** Days since the last completed visit, or null when the school was never visited. */
    public Long daysSince(LocalDate today) {
        return lastVisit == null ? null : ChronoUnit.DAYS.between(lastVisit.toLocalDate(), today);
    }

    /** Not visited within the window (never visited counts as due). */
    public boolean due(LocalDate today, int windowDays) {
        return isDue(lastVisit == null ? null : lastVisit.toLocalDate(), today, windowDays);
    }

    /** The coverage rule: a school is due when its last completed visit is more than windowDays ago, or never. */
    public static boolean isDue(LocalDate lastVisit, LocalDate today, int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("The coverage window is at least one day");
        }
        return lastVisit == null || lastVisit.isBefore(today.minusDays(windowDays));
    }
}
