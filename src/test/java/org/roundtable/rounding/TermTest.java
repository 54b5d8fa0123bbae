package org.roundtable.rounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void autumnRunsFromAugustToDecember() {
        Term t = Term.containing(LocalDate.of(2026, 11, 22));
        assertEquals("Autumn 2026", t.name());
        assertEquals(LocalDate.of(2026, 8, 1), t.first());
        assertEquals(LocalDate.of(2026, 12, 31), t.last());
    }

    @Test
    void springRunsFromJanuaryToJulyAndTheBoundariesBelongToTheirTerms() {
        assertEquals("Spring 2027", Term.containing(LocalDate.of(2027, 1, 1)).name());
        assertEquals("Spring 2027", Term.containing(LocalDate.of(2027, 7, 31)).name());
        assertEquals("Autumn 2027", Term.containing(LocalDate.of(2027, 8, 1)).name());
        assertEquals("Autumn 2026", Term.containing(LocalDate.of(2026, 12, 31)).name());
    }

    @Test
    void thePreviousTermOfSpringIsLastAutumnAndViceVersa() {
        assertEquals("Autumn 2026", Term.containing(LocalDate.of(2027, 3, 1)).previous().name());
        assertEquals("Spring 2026", Term.containing(LocalDate.of(2026, 9, 1)).previous().name());
    }

    @Test
    void containsIncludesBothEnds() {
        Term t = Term.containing(LocalDate.of(2026, 9, 1));
        assertTrue(t.contains(t.first()));
        assertTrue(t.contains(t.last()));
        assertFalse(t.contains(t.last().plusDays(1)));
        assertFalse(t.contains(t.first().minusDays(1)));
    }
}
