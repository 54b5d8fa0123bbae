package org.roundtable.trends;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A signal as the list shows it: the rule's numbers with the names of its school and theme, and the days its
 * evidence covers (the drill-down into the observations behind it).
 *
 * @param rule            the rule's name (bundle {@code trends.rule.NAME}, its reason {@code trends.reason.NAME})
 * @param schoolId        the school, null for a district-wide signal
 * @param schoolName      its name, null for a district-wide signal
 * @param themeId         the theme
 * @param themeName       its name
 * @param observed        the concerns in the rule's window
 * @param windowWeeks     the window's length in weeks
 * @param baselinePerWeek the weekly rate compared with
 * @param pValue          how likely the count was under the baseline (1 where the rule is not a test)
 * @param schools         how many schools it spans
 * @param from            the first day of its window
 * @param to              the last day of its window
 * @param places          the schools a district-wide signal spans, by name (empty for one school's)
 */
public record SignalView(String rule, Long schoolId, String schoolName, long themeId, String themeName, int observed,
        int windowWeeks, double baselinePerWeek, double pValue, int schools, LocalDate from, LocalDate to,
        List<String> places) implements Serializable {

    public SignalView {
        places = List.copyOf(places);
    }

    /** The signal's identity across weeks: its rule, school and theme (what an acknowledgement is about). */
    public String key() {
        return SignalState.keyOf(rule, schoolId, themeId);
    }

    /** The number of weeks of baseline the rule compared with, for the reason's words. */
    public int baselineWeeks() {
        return RisingConcern.NAME.equals(rule) || Spreading.NAME.equals(rule) ? RisingConcern.BASELINE_WEEKS : 0;
    }
}
