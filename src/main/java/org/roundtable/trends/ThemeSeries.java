package org.roundtable.trends;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.observation.ThemeRef;
import org.roundtable.observation.Tone;

/**
 * One theme's weekly counts of one tone, district-wide or at one school, oldest week first, with the weeks a rule
 * fired, and the window's total beside the same number of weeks before it.
 *
 * @param theme      the theme
 * @param schoolId   the school, null for the district
 * @param schoolName its name, null for the district
 * @param tone       the tone counted
 * @param weeks      the complete weeks shown, oldest first
 * @param total      their total
 * @param before     the total of the same number of weeks just before them
 */
public record ThemeSeries(ThemeRef theme, Long schoolId, String schoolName, Tone tone, List<Week> weeks, int total,
        int before) implements Serializable {

    /**
     * One week.
     *
     * @param start its Monday
     * @param count the tone's observations that week
     * @param fired whether the rising-concern rule fired on the two weeks ending with it
     */
    public record Week(LocalDate start, int count, boolean fired) implements Serializable {
        /** Its Sunday. */
        public LocalDate end() {
            return start.plusDays(6);
        }
    }

    /** The change from the weeks before, in per cent, or null when there were none before. */
    public Integer changePercent() {
        return before == 0 ? null : (int) Math.round(100.0 * (total - before) / before);
    }
}
