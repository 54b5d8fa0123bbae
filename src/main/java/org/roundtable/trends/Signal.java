package org.roundtable.trends;

/**
 * What a rule found, with the numbers it fired on, so the page can say why in its own words ("7 concerns in 2 weeks;
 * the previous 12 weeks averaged 0.8 a week").
 *
 * @param rule            the rule's name (its bundle key is {@code trends.rule.NAME})
 * @param key             the school (null: district-wide) and theme
 * @param observed        the concerns in the rule's window
 * @param windowWeeks     the window's length in weeks
 * @param baselinePerWeek the usual weekly rate it was compared with (before any floor the rule's test applies)
 * @param pValue          how likely the observed count was under the baseline (1 where the rule is not a test)
 * @param schools         how many schools it spans (1 for one school's)
 */
public record Signal(String rule, SeriesKey key, int observed, int windowWeeks, double baselinePerWeek, double pValue,
        int schools) {
}
