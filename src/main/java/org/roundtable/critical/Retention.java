package org.roundtable.critical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The retention policy of closed conversations: each is removed (its content redacted) a number of years after it
 * closed ({@code ROUNDTABLE_CRITICAL_RETENTION_YEARS}, 3 by default), unless the superintendent holds it.
 *
 * @param years how long a closed record keeps its content, 1 to 50 years
 */
public record Retention(int years) {

    public static final int DEFAULT_YEARS = 3;

    public Retention {
        if (years < 1 || years > 50) {
            throw new IllegalArgumentException("The retention of critical conversations is 1 to 50 years, not " + years);
        }
    }

    /** The day a record closed on {@code closedOn} is removed: the same day of the year, {@link #years} later. */
    public LocalDate removalDate(LocalDate closedOn) {
        return Objects.requireNonNull(closedOn, "closedOn").plusYears(years);
    }

    /**
     * Whether the record's content is removed on {@code today}: closed, its removal day reached, not held, not
     * removed already.
     */
    public static boolean isDue(LocalDate removeOn, boolean legalHold, boolean redacted, LocalDate today) {
        return removeOn != null && !legalHold && !redacted && !removeOn.isAfter(today);
    }
}
