package org.roundtable.rounding;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Whether every school gets its share of attention.
 *
 * @param schools every school, least recently visited first (never visited first of all)
 * @param due     the schools not visited within the window, in the same order
 */
public record Coverage(Term term, int windowDays, LocalDate today, List<CoverageRow> schools, List<CoverageRow> due,
        List<LeaderCount> leaders) implements Serializable {
}
