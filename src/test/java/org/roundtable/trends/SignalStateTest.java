package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.InvalidRequestException;

/** What acting on a signal does to where it stands: acknowledged until worse, snoozed until a day, reopened. */
class SignalStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private static SignalState rising() {
        return new SignalState(RisingConcern.NAME, 7L, 3L);
    }

    @Test
    void itsIdentityIsItsRuleSchoolAndTheme() {
        assertEquals("risingConcern:7:3", rising().getKey());
        assertEquals("spreading:district:3", new SignalState(Spreading.NAME, null, 3L).getKey());
        assertFalse(rising().isSetAside(9, TODAY), "a new signal is on the list");
    }

    @Test
    void anAcknowledgedSignalStaysOffTheListUntilItGetsWorse() {
        SignalState s = rising();
        SignalEvent e = s.acknowledge(1L, "James Okafor", "  Spoke with the principal; a plan for lunch duty.  ", 7, NOW);
        assertEquals(SignalStatus.ACKNOWLEDGED, s.getStatus());
        assertEquals("Spoke with the principal; a plan for lunch duty.", e.getNote(), "trimmed");
        assertEquals(7, e.getObserved());
        assertTrue(s.isSetAside(7, TODAY), "the same count");
        assertTrue(s.isSetAside(5, TODAY.plusWeeks(3)), "fewer, weeks later");
        assertFalse(s.isSetAside(8, TODAY), "worse: back on the list");
        assertTrue(s.isWorseThanAcknowledged(8));
        assertFalse(s.isWorseThanAcknowledged(7));
    }

    @Test
    void anAcknowledgementNeedsANoteOfWhatWasDone() {
        SignalState s = rising();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> s.acknowledge(1L, "J", "   ", 7, NOW));
        assertEquals("note", e.field());
        assertEquals("trends.note.required", e.messageKey());
        assertEquals("trends.note.size", assertThrows(InvalidRequestException.class,
                () -> s.acknowledge(1L, "J", "x".repeat(SignalState.MAX_NOTE + 1), 7, NOW)).messageKey());
        assertEquals(SignalStatus.OPEN, s.getStatus(), "nothing changed");
    }

    @Test
    void aSnoozedSignalReturnsByItselfOnItsDay() {
        SignalState s = rising();
        SignalEvent e = s.snooze(1L, "J", TODAY.plusDays(14), null, 7, TODAY, NOW);
        assertEquals(TODAY.plusDays(14), e.getUntil());
        assertNull(e.getNote(), "a note is optional");
        assertTrue(s.isSetAside(20, TODAY.plusDays(13)), "even if worse, until the day");
        assertFalse(s.isSetAside(7, TODAY.plusDays(14)), "back on its day");
    }

    @Test
    void aSnoozeEndsAfterTodayAndWithinAYear() {
        SignalState s = rising();
        assertEquals("trends.snooze.past", assertThrows(InvalidRequestException.class,
                () -> s.snooze(1L, "J", TODAY, null, 7, TODAY, NOW)).messageKey());
        assertEquals("trends.snooze.past", assertThrows(InvalidRequestException.class,
                () -> s.snooze(1L, "J", TODAY.minusDays(3), null, 7, TODAY, NOW)).messageKey());
        assertEquals("trends.snooze.tooFar", assertThrows(InvalidRequestException.class,
                () -> s.snooze(1L, "J", TODAY.plusDays(SignalState.MAX_SNOOZE_DAYS + 1), null, 7, TODAY, NOW)).messageKey());
        assertEquals("trends.snooze.required", assertThrows(InvalidRequestException.class,
                () -> s.snooze(1L, "J", null, null, 7, TODAY, NOW)).messageKey());
        assertEquals(SignalStatus.OPEN, s.getStatus());
    }

    @Test
    void reopeningPutsItBackAndOnlyWhatIsSetAsideCanBeReopened() {
        SignalState s = rising();
        assertThrows(InvalidRequestException.class, () -> s.reopen(1L, "J", 7, NOW));
        s.acknowledge(1L, "J", "Looked into it", 7, NOW);
        assertEquals(SignalEvent.Action.REOPENED, s.reopen(2L, "M", 7, NOW).getAction());
        assertFalse(s.isSetAside(7, TODAY));
        s.snooze(1L, "J", TODAY.plusDays(3), "after the break", 7, TODAY, NOW);
        assertNull(s.getAcknowledgedObserved(), "a snooze replaces the acknowledgement");
    }

    @Test
    void theDigestTellsOfASignalOnceAndAgainOnlyWhenWorse() {
        SignalState s = rising();
        assertTrue(s.isNewsForDigest(7));
        s.toldInDigest(7, TODAY);
        assertFalse(s.isNewsForDigest(7));
        assertFalse(s.isNewsForDigest(6));
        assertTrue(s.isNewsForDigest(8));
    }
}
