package org.roundtable.trends;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.roundtable.rounding.Term;

/**
 * The days a heat map counts, both ends included: the last 2, 4 or 12 weeks up to today, this term, or dates the
 * leader chose. Its baseline is the {@value #BASELINE_WEEKS} weeks before it.
 *
 * @param from   the first day
 * @param to     the last day
 * @param preset how it was chosen
 */
public record Window(LocalDate from, LocalDate to, Preset preset) {

    /** How a window was chosen; the address says {@code ?window=} in lower case, the bundle {@code trends.window.NAME}. */
    public enum Preset {
        WEEKS_2, WEEKS_4, WEEKS_12, TERM, CUSTOM
    }

    /** The weeks before a window its cells are compared with. */
    public static final int BASELINE_WEEKS = 12;
    /** The longest window: three years (the district's memory the trends read). */
    public static final int MAX_DAYS = 3 * 366;

    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(preset, "preset");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A window ends on or after its first day");
        }
    }

    /**
     * The window of a preset as of today; this term is the rounding's {@link Term}, up to today.
     */
    public static Window of(Preset preset, LocalDate today) {
        return switch (preset) {
            case WEEKS_2 -> lastWeeks(2, today, preset);
            case WEEKS_4 -> lastWeeks(4, today, preset);
            case WEEKS_12 -> lastWeeks(12, today, preset);
            case TERM -> new Window(Term.containing(today).first(), today, preset);
            case CUSTOM -> throw new IllegalArgumentException("A custom window has its own dates");
        };
    }

    private static Window lastWeeks(int weeks, LocalDate today, Preset preset) {
        return new Window(today.minusDays(7L * weeks - 1), today, preset);
    }

    /**
     * Chosen dates, checked: the bundle key of what is wrong with them ({@code trends.window.*}), or null when they
     * make a window.
     */
    public static String problem(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            return "trends.window.incomplete";
        }
        if (to.isBefore(from)) {
            return "trends.window.order";
        }
        if (to.isAfter(today)) {
            return "trends.window.future";
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            return "trends.window.tooLong";
        }
        return null;
    }

    /** The number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Its length in weeks (a fraction for a window of odd days). */
    public double weeks() {
        return days() / 7.0;
    }

    /** The first day of the baseline: {@value #BASELINE_WEEKS} weeks before the window. */
    public LocalDate baselineFrom() {
        return from.minusWeeks(BASELINE_WEEKS);
    }
}
