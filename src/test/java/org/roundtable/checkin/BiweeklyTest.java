package org.roundtable.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BiweeklyTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void theFirstSlotIsTheWeekdayOnOrAfterTheStart() {
        assertEquals(LocalDate.of(2026, 11, 24), Biweekly.firstSlot(LocalDate.of(2026, 11, 22), DayOfWeek.TUESDAY));
        assertEquals(LocalDate.of(2026, 11, 24), Biweekly.firstSlot(LocalDate.of(2026, 11, 24), DayOfWeek.TUESDAY));
    }

    @Test
    void slotsRunEveryFourteenDaysAcrossMonthAndYearEnds() {
        LocalDate first = LocalDate.of(2026, 12, 17);
        List<LocalDate> slots = Biweekly.slots(first, first, LocalDate.of(2027, 3, 1));
        assertEquals(List.of(LocalDate.of(2026, 12, 17), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 14),
                LocalDate.of(2027, 1, 28), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 25)), slots);
        assertTrue(slots.stream().allMatch(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY));
    }

    @Test
    void aLeapDayIsJustAnotherDay() {
        LocalDate first = LocalDate.of(2028, 2, 15);
        assertEquals(List.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 14)),
                Biweekly.slots(first, LocalDate.of(2028, 2, 16), LocalDate.of(2028, 3, 14)));
    }

    @Test
    void aWindowStartingMidCycleBeginsAtTheNextSlot() {
        LocalDate first = LocalDate.of(2026, 9, 1);
        assertEquals(LocalDate.of(2026, 11, 24), Biweekly.slotOnOrAfter(first, LocalDate.of(2026, 11, 12)));
        assertEquals(LocalDate.of(2026, 11, 24), Biweekly.slotOnOrAfter(first, LocalDate.of(2026, 11, 24)));
        assertEquals(first, Biweekly.slotOnOrAfter(first, LocalDate.of(2026, 1, 1)));
        assertTrue(Biweekly.isSlot(first, LocalDate.of(2026, 11, 24)));
        assertFalse(Biweekly.isSlot(first, LocalDate.of(2026, 11, 17)), "the off week");
        assertFalse(Biweekly.isSlot(first, LocalDate.of(2026, 8, 18)), "before the series");
    }

    @Test
    void theLocalTimeStaysWhenDaylightSavingEnds() {
        // US clocks fall back on 1 November 2026: 15:00 stays 15:00, the UTC instant moves an hour later.
        ZonedDateTime before = Biweekly.at(LocalDate.of(2026, 10, 27), LocalTime.of(15, 0), CHICAGO);
        ZonedDateTime after = Biweekly.at(LocalDate.of(2026, 11, 10), LocalTime.of(15, 0), CHICAGO);
        assertEquals(LocalTime.of(15, 0), after.toLocalTime());
        assertEquals(Duration.ofDays(14).plusHours(1), Duration.between(before.toInstant(), after.toInstant()));
    }

    @Test
    void theLocalTimeStaysWhenDaylightSavingStartsAndASkippedHourMovesForward() {
        ZonedDateTime before = Biweekly.at(LocalDate.of(2027, 3, 2), LocalTime.of(9, 30), CHICAGO);
        ZonedDateTime after = Biweekly.at(LocalDate.of(2027, 3, 16), LocalTime.of(9, 30), CHICAGO);
        assertEquals(Duration.ofDays(14).minusHours(1), Duration.between(before.toInstant(), after.toInstant()));
        // 2:30 does not exist on 14 March 2027 in Chicago: the meeting starts at 3:30.
        assertEquals(LocalTime.of(3, 30), Biweekly.at(LocalDate.of(2027, 3, 14), LocalTime.of(2, 30), CHICAGO).toLocalTime());
    }
}
