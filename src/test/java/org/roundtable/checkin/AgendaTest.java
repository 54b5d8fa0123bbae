package org.roundtable.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.checkin.Agenda.Point;
import org.roundtable.checkin.Attendance.Status;

class AgendaTest {

    private static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

    @Test
    void pointsNotDiscussedCarryOverInOrderKeepingWhenTheyWereRaised() {
        List<Point> held = List.of(new Point("Bus duty", true, NOV_3, 0), new Point("Sub coverage", false, NOV_3, 0),
                new Point("Lunch line", false, NOV_3.minusDays(14), 1));
        List<Point> next = Agenda.carryOver(held);
        assertEquals(List.of(new Point("Sub coverage", false, NOV_3, 1), new Point("Lunch line", false, NOV_3.minusDays(14), 2)),
                next);
        assertTrue(next.stream().allMatch(Point::carried));
    }

    @Test
    void aPointCarriedThreeTimesIsStuck() {
        Point p = new Point("Portable classrooms", false, NOV_3, 0);
        for (int i = 0; i < 2; i++) {
            p = Agenda.carryOver(List.of(p)).get(0);
            assertFalse(p.stuck(), "carried " + p.carryCount() + " times");
        }
        p = Agenda.carryOver(List.of(p)).get(0);
        assertEquals(3, p.carryCount());
        assertTrue(p.stuck());
    }

    @Test
    void nothingCarriesWhenEverythingWasDiscussed() {
        assertTrue(Agenda.carryOver(List.of(new Point("Budget", true, NOV_3, 2))).isEmpty());
    }

    @Test
    void aCheckInNotHeldByTheEndOfItsDayIsMissed() {
        var start = NOV_3.atTime(15, 0);
        assertFalse(Attendance.isMissed(Status.SCHEDULED, start, start.plusMinutes(1)), "going on, not missed");
        assertFalse(Attendance.isMissed(Status.SCHEDULED, start, NOV_3.atTime(23, 59)), "still its day");
        assertFalse(Attendance.isMissed(Status.SCHEDULED, start, start.minusMinutes(1)));
        assertTrue(Attendance.isMissed(Status.SCHEDULED, start, NOV_3.plusDays(1).atStartOfDay()));
        assertFalse(Attendance.isMissed(Status.HELD, start, start.plusDays(1)));
        assertFalse(Attendance.isMissed(Status.SKIPPED, start, start.plusDays(1)), "a skipped one was cancelled on purpose");
    }

    @Test
    void twoMissesInARowAreFlaggedSkippedOnesDoNotBreakOrMakeTheRun() {
        assertTrue(Attendance.twoMissedInARow(List.of(Status.HELD, Status.SCHEDULED, Status.SCHEDULED)));
        assertTrue(Attendance.twoMissedInARow(List.of(Status.SCHEDULED, Status.SKIPPED, Status.SCHEDULED)));
        assertFalse(Attendance.twoMissedInARow(List.of(Status.SCHEDULED, Status.HELD, Status.SCHEDULED)));
        assertFalse(Attendance.twoMissedInARow(List.of(Status.SCHEDULED)));
        assertFalse(Attendance.twoMissedInARow(List.of(Status.SKIPPED, Status.SKIPPED)));
        assertFalse(Attendance.twoMissedInARow(List.of()));
    }
}
