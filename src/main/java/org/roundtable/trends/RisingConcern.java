package org.roundtable.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * Rising concern: a school's concerns on a theme in the last two weeks are unlikely under that school's own
 * baseline for the theme — the twelve weeks before, with a two-week gap between, so the start of a rise does not
 * raise its own baseline.
 *
 * <p>It fires when all of these hold:
 * <ul>
 * <li>the two weeks' total is unlikely under the baseline's weekly rate: a one-sided Poisson test at
 * p &lt; {@value #ALPHA}, the rate floored at {@value #FLOOR_PER_WEEK} a week, so a theme that is usually silent does
 * not fire on its first notes;</li>
 * <li>neither of the two weeks is an ordinary one: each is above what the baseline makes likely (p &lt;
 * {@value #WEEK_ALPHA}), so a rise that lasts fires and one busy week — an incident that filled a week and then
 * passed — does not;</li>
 * <li>at least {@value #MIN_CONCERNS} concerns from at least {@value #MIN_SOURCES} different leaders or conversations:
 * one person's repeated note is not a trend.</li>
 * </ul>
 * On a steady simulated district (100 schools × 10 themes, a year of weeks) it fires on 0.4 % of series and 0.75 %
 * of weekly evaluations; a rise to three times the usual rate over two weeks it finds in 87 % of themes heard three
 * times a week and 96 % of those heard five times (RisingConcernTest). A threefold rise on a theme heard once a week
 * or less is not distinguishable from chance in two weeks at p &lt; 0.01 (45 % found at one a week): such themes
 * show in the heat map and the series before they can fire.
 */
public final class RisingConcern implements Rule {

    public static final String NAME = "risingConcern";
    static final int RECENT_WEEKS = 2;
    static final int GAP_WEEKS = 2;
    static final int BASELINE_WEEKS = 12;
    static final double FLOOR_PER_WEEK = 0.25;
    static final double ALPHA = 0.01;
    static final double WEEK_ALPHA = 0.3;
    static final int MIN_CONCERNS = 3;
    static final int MIN_SOURCES = 2;
    /** How long a series must be for the rule to judge it. */
    public static final int WEEKS_NEEDED = RECENT_WEEKS + GAP_WEEKS + BASELINE_WEEKS;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Signal> evaluate(Evidence evidence) {
        List<WeeklyCounts> series = evidence.weekly();
        List<Signal> signals = new ArrayList<>();
        for (WeeklyCounts s : series) {
            Signal signal = judge(s);
            if (signal != null) {
                signals.add(signal);
            }
        }
        return signals;
    }

    /** The signal for one series, or null. */
    static Signal judge(WeeklyCounts s) {
        if (s.length() < WEEKS_NEEDED) {
            return null;
        }
        int recent = s.sum(0, RECENT_WEEKS);
        if (recent < MIN_CONCERNS || s.recentSources() < MIN_SOURCES) {
            return null;
        }
        double usual = s.sum(RECENT_WEEKS + GAP_WEEKS, BASELINE_WEEKS) / (double) BASELINE_WEEKS;
        double rate = Math.max(FLOOR_PER_WEEK, usual);
        double p = Poisson.atLeast(recent, rate * RECENT_WEEKS);
        if (p >= ALPHA) {
            return null;
        }
        for (int week = 0; week < RECENT_WEEKS; week++) {
            if (Poisson.atLeast(s.weeksAgo(week), rate) >= WEEK_ALPHA) {
                return null;
            }
        }
        // the reason states the school's real average; the test used it floored
        return new Signal(NAME, s.key(), recent, RECENT_WEEKS, usual, p, 1);
    }
}
