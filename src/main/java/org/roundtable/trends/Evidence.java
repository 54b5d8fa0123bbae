package org.roundtable.trends;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.roundtable.observation.SourceType;

/**
 * What the rules read: every school's (and theme's) concerns per week, and for the last
 * {@value ConfirmedBySources#WINDOW_WEEKS} weeks how many came from each kind of source.
 *
 * @param weekly  the weekly counts, every school in scope times every theme (zeros included)
 * @param sources per school and theme, the recent concerns by source (rounding, check-in...)
 */
public record Evidence(List<WeeklyCounts> weekly, Map<SeriesKey, Map<SourceType, Integer>> sources) {

    public Evidence {
        weekly = List.copyOf(Objects.requireNonNull(weekly, "weekly"));
        sources = Map.copyOf(Objects.requireNonNull(sources, "sources"));
    }

    /** Weekly counts alone (the rules that read nothing else). */
    public static Evidence of(List<WeeklyCounts> weekly) {
        return new Evidence(weekly, Map.of());
    }
}
