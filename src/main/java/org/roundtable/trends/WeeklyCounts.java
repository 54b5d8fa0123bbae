package org.roundtable.trends;

import java.util.Arrays;
import java.util.Objects;

/**
 * A school's (or the district's) concerns on one theme per week, oldest first; the last is the latest complete week.
 * {@code recentSources} is how many different leaders or conversations the last two weeks' concerns came from (one
 * person's repeated note is not a trend).
 */
public record WeeklyCounts(SeriesKey key, int[] weeks, int recentSources) {

    public WeeklyCounts {
        Objects.requireNonNull(key, "key");
        weeks = weeks.clone();
        if (Arrays.stream(weeks).anyMatch(w -> w < 0) || recentSources < 0) {
            throw new IllegalArgumentException("Counts are never negative");
        }
    }

    /** The number of weeks in the series. */
    public int length() {
        return weeks.length;
    }

    /** The count of one week, {@code 0} being the latest, {@code 1} the one before. */
    public int weeksAgo(int n) {
        return weeks[weeks.length - 1 - n];
    }

    /** The total of {@code count} weeks, the newest of them {@code fromWeeksAgo} weeks before the latest. */
    public int sum(int fromWeeksAgo, int count) {
        int total = 0;
        for (int n = fromWeeksAgo; n < fromWeeksAgo + count; n++) {
            total += weeksAgo(n);
        }
        return total;
    }

    @Override
    public int[] weeks() {
        return weeks.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyCounts w && key.equals(w.key) && Arrays.equals(weeks, w.weeks) && recentSources == w.recentSources;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(weeks), recentSources);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(weeks) + " from " + recentSources;
    }
}
