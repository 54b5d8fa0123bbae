package org.roundtable.rounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoverageRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aSchoolNeverVisitedIsDue() {
        assertTrue(CoverageRow.isDue(null, TODAY, 30));
        assertNull(new CoverageRow(1, "A", null, 0).daysSince(TODAY));
    }

    @Test
    void exactlyTheWindowAgoIsStillCoveredOneDayMoreIsDue() {
        assertFalse(CoverageRow.isDue(TODAY.minusDays(30), TODAY, 30));
        assertTrue(CoverageRow.isDue(TODAY.minusDays(31), TODAY, 30));
        assertFalse(CoverageRow.isDue(TODAY, TODAY, 30));
    }

    @Test
    void theWindowIsConfigurable() {
        assertTrue(CoverageRow.isDue(TODAY.minusDays(15), TODAY, 14));
        assertFalse(CoverageRow.isDue(TODAY.minusDays(15), TODAY, 45));
    }

    @Test
    void daysSinceCountsCalendarDaysFromTheVisitDay() {
        CoverageRow row = new CoverageRow(1, "A", TODAY.minusDays(12).atTime(23, 30), 3);
        assertEquals(12L, row.daysSince(TODAY));
        assertFalse(row.due(TODAY, 30));
    }

    @Test
    void aWindowBelowOneDayIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> CoverageRow.isDue(TODAY, TODAY, 0));
    }
}
