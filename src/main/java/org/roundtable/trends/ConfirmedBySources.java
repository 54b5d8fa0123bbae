package org.roundtable.trends;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.roundtable.observation.SourceType;

/**
 * Confirmed by two sources: concerns on a school's theme heard in rounding <em>and</em> in a check-in (or a critical
 * conversation) within the last {@value #WINDOW_WEEKS} weeks. Two ways of listening hearing the same thing is worth
 * a look even where neither count is unusual on its own. Observations entered on their own count for neither side.
 */
public final class ConfirmedBySources implements Rule {

    public static final String NAME = "confirmed";
    public static final int WINDOW_WEEKS = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Signal> evaluate(Evidence evidence) {
        List<Signal> signals = new ArrayList<>();
        evidence.sources().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(SeriesKey::schoolId,
                        Comparator.nullsFirst(Long::compare)).thenComparingLong(SeriesKey::themeId)))
                .forEach(e -> {
                    Map<SourceType, Integer> by = e.getValue();
                    int rounding = by.getOrDefault(SourceType.ROUNDING_VISIT, 0);
                    int meetings = by.getOrDefault(SourceType.CHECK_IN, 0) + by.getOrDefault(SourceType.CRITICAL_CONVERSATION, 0);
                    if (e.getKey().schoolId() != null && rounding > 0 && meetings > 0) {
                        signals.add(new Signal(NAME, e.getKey(), rounding + meetings, WINDOW_WEEKS, 0, 1.0, 1));
                    }
                });
        return signals;
    }
}
