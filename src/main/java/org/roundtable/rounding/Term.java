package org.roundtable.rounding;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A school term: autumn runs from 1 August to 31 December, spring from 1 January to 31 July. Coverage counts
 * visits "this term" and "you said, we did" lists what was resolved in it.
 *
 * @param name  for example "Autumn 2026"
 * @param first the first day
 * @param last  the last day
 */
public record Term(String name, LocalDate first, LocalDate last) {

    public Term {
        Objects.requireNonNull(name, "name");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A term ends after it starts");
        }
    }

    /** The term a day falls in. */
    public static Term containing(LocalDate day) {
        int year = day.getYear();
        if (day.getMonthValue() >= Month.AUGUST.getValue()) {
            return new Term("Autumn " + year, LocalDate.of(year, Month.AUGUST, 1), LocalDate.of(year, Month.DECEMBER, 31));
        }
        return new Term("Spring " + year, LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.JULY, 31));
    }

    /** The term before this one. */
    public Term previous() {
        return containing(first.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
