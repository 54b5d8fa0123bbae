package org.roundtable.trends;

import java.io.Serializable;
import java.util.List;
import org.roundtable.observation.ThemeRef;
import org.roundtable.observation.Tone;
import org.roundtable.people.SchoolLevel;

/**
 * The school × theme heat map of one tone over a window: each cell's count and its band against that school's own
 * baseline for the theme (the {@value Window#BASELINE_WEEKS} weeks before the window).
 *
 * @param window the days counted
 * @param tone   the tone counted
 * @param themes the columns: the district's active themes, by name
 * @param rows   the schools the caller sees, in the order asked for
 * @param totals the district's totals per theme — for a principal, every school's without what they may not read
 */
public record HeatMap(Window window, Tone tone, List<ThemeRef> themes, List<Row> rows, Row totals) implements Serializable {

    /** How the rows are ordered; the address says {@code ?sort=} in lower case. */
    public enum Sort {
        NAME, LEVEL, TOTAL
    }

    /**
     * One cell.
     *
     * @param themeId         its theme
     * @param count           the tone's observations in the window
     * @param baselinePerWeek their weekly rate over the baseline weeks
     * @param band            how far the count stands from the baseline
     */
    public record Cell(long themeId, int count, double baselinePerWeek, Band band) implements Serializable {
    }

    /**
     * One school's row (or the totals, with no school).
     *
     * @param schoolId its school, null for the totals
     * @param name     the school's name
     * @param level    its level, null for the totals
     * @param cells    one per theme, in the columns' order
     * @param total    the row's total
     */
    public record Row(Long schoolId, String name, SchoolLevel level, List<Cell> cells, int total) implements Serializable {
    }
}
