package org.roundtable.trends;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shift (the run-chart rule): a school whose concerns on a theme stood above the theme's district median — the
 * middle school's count that week — for {@value #RUN_WEEKS} or more weeks in a row, up to the latest. A week at the
 * median neither continues nor breaks a run in run-chart practice; here it breaks it, so a theme most schools hear
 * nothing of does not make every school that hears it once a week "shifted".
 */
public final class Shift implements Rule {

    public static final String NAME = "shift";
    static final int RUN_WEEKS = 6;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Signal> evaluate(Evidence evidence) {
        List<WeeklyCounts> series = evidence.weekly();
        Map<Long, List<WeeklyCounts>> byTheme = new TreeMap<>();
        for (WeeklyCounts s : series) {
            if (s.key().schoolId() != null && s.length() >= RUN_WEEKS) {
                byTheme.computeIfAbsent(s.key().themeId(), t -> new ArrayList<>()).add(s);
            }
        }
        List<Signal> signals = new ArrayList<>();
        byTheme.forEach((theme, schools) -> {
            double[] medians = new double[RUN_WEEKS];
            for (int week = 0; week < RUN_WEEKS; week++) {
                int w = week;
                medians[week] = median(schools.stream().mapToInt(s -> s.weeksAgo(w)).toArray());
            }
            for (WeeklyCounts s : schools) {
                int run = 0;
                while (run < RUN_WEEKS && s.weeksAgo(run) > medians[run]) {
                    run++;
                }
                if (run == RUN_WEEKS) {
                    double typical = Arrays.stream(medians).sum() / RUN_WEEKS;
                    signals.add(new Signal(NAME, s.key(), s.sum(0, RUN_WEEKS), RUN_WEEKS, typical, 1.0, 1));
                }
            }
        });
        return signals;
    }

    static double median(int[] counts) {
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
