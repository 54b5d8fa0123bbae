package org.roundtable.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spreading: the same theme rising ({@link RisingConcern}) in {@value #MIN_SCHOOLS} or more schools in the same two
 * weeks, and the district's own count of it rising too (the same test on the schools' sum) — a district-wide signal
 * for the theme, naming how many schools and how many concerns. The second condition keeps chance out: in a
 * district of a hundred schools three of them cross a 1 % line together now and then, but the district's total then
 * stays where it was.
 */
public final class Spreading implements Rule {

    public static final String NAME = "spreading";
    static final int MIN_SCHOOLS = 3;

    @Override
    public String name() {
        return NAME;
    }

    /** Whether the theme's district-wide count (every school's summed) rises by {@link RisingConcern}'s test. */
    private static boolean districtRises(List<WeeklyCounts> series, long theme) {
        int[] total = null;
        int sources = 0;
        for (WeeklyCounts s : series) {
            if (s.key().schoolId() == null || s.key().themeId() != theme) {
                continue;
            }
            int[] weeks = s.weeks();
            if (total == null) {
                total = new int[weeks.length];
            }
            for (int i = 0; i < Math.min(total.length, weeks.length); i++) {
                total[total.length - 1 - i] += weeks[weeks.length - 1 - i];
            }
            sources += s.recentSources();
        }
        return total != null && RisingConcern.judge(new WeeklyCounts(new SeriesKey(null, theme), total, sources)) != null;
    }

    @Override
    public List<Signal> evaluate(Evidence evidence) {
        List<WeeklyCounts> series = evidence.weekly();
        Map<Long, List<Signal>> risingByTheme = new TreeMap<>();
        for (Signal rising : new RisingConcern().evaluate(evidence)) {
            if (rising.key().schoolId() != null) {
                risingByTheme.computeIfAbsent(rising.key().themeId(), t -> new ArrayList<>()).add(rising);
            }
        }
        List<Signal> signals = new ArrayList<>();
        risingByTheme.forEach((theme, rising) -> {
            if (rising.size() >= MIN_SCHOOLS && districtRises(series, theme)) {
                int observed = rising.stream().mapToInt(Signal::observed).sum();
                double baseline = rising.stream().mapToDouble(Signal::baselinePerWeek).sum();
                signals.add(new Signal(NAME, new SeriesKey(null, theme), observed, RisingConcern.RECENT_WEEKS, baseline, 1.0,
                        rising.size()));
            }
        });
        return signals;
    }
}
