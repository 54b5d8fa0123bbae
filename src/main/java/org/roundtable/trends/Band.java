package org.roundtable.trends;

/**
 * How far a heat-map cell stands from its school's own baseline for the theme: the count in the window against the
 * rate of the twelve weeks before it, as a Poisson chance. The page shows each band with a colour <em>and</em> a
 * marker, so colour is never the only cue; the bundle key is {@code trends.band.NAME}.
 */
public enum Band {
    /** Unlikely under the baseline (p &lt; 0.01): the rising-concern rule's own line. */
    WELL_ABOVE("▲▲"),
    /** Above what the baseline makes likely (p &lt; 0.1). */
    ABOVE("▲"),
    /** Within the usual range. */
    USUAL(""),
    /** Below what the baseline makes likely (p &lt; 0.1 the other way). */
    BELOW("▼");

    static final double WELL_ABOVE_P = 0.01;
    static final double ABOVE_P = 0.1;
    static final double BELOW_P = 0.1;
    /**
     * The weekly rate a baseline is floored at, as {@link RisingConcern} floors it: a theme a school hardly ever
     * hears of does not glow on its first note.
     */
    static final double FLOOR_PER_WEEK = RisingConcern.FLOOR_PER_WEEK;

    private final String marker;

    Band(String marker) {
        this.marker = marker;
    }

    /** The marker shown beside the number (text, for those who cannot tell the colours apart). */
    public String marker() {
        return marker;
    }

    /**
     * The band of {@code count} in a window of {@code weeks} weeks against a baseline of {@code baselinePerWeek}.
     */
    public static Band of(int count, double weeks, double baselinePerWeek) {
        double expected = Math.max(FLOOR_PER_WEEK, baselinePerWeek) * weeks;
        double above = Poisson.atLeast(count, expected);
        if (above < WELL_ABOVE_P) {
            return WELL_ABOVE;
        }
        if (above < ABOVE_P) {
            return ABOVE;
        }
        return Poisson.atMost(count, expected) < BELOW_P ? BELOW : USUAL;
    }
}
