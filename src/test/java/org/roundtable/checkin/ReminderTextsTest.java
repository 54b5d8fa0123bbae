package org.roundtable.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.roundtable.mail.MailMessage;

/** What the reminder e-mails say: who, when, how full the agenda is, and where to go. */
class ReminderTextsTest {

    private static final java.time.LocalDate EARLIER = java.time.LocalDate.of(2026, 11, 28);

    private static DueReminder due(long points, long carried, long actions) {
        return new DueReminder(42, LocalDateTime.of(2026, 12, 1, 15, 30), 45, "Westview Middle School", "Dana Whitfield",
                "dana@example.org", "James Okafor", "james@example.org", points, carried, actions);
    }

    @Test
    void thePrincipalIsAskedForTalkingPointsWithALinkToTheCheckIn() {
        MailMessage m = ReminderTexts.compose(ReminderKind.PRINCIPAL_AGENDA, due(0, 0, 0), "https://rt.example.org", EARLIER);
        assertEquals("dana@example.org", m.to());
        assertEquals("Check-in with James Okafor on Tuesday 1 December: add your talking points", m.subject());
        assertTrue(m.body().startsWith("Hello Dana Whitfield,\n\nYour check-in with James Okafor is on Tuesday 1 December"
                + " at 15:30 (45 minutes).\nThe agenda has no talking points yet; no action items are open.\n"), m.body());
        assertTrue(m.body().contains("https://rt.example.org/checkins/checkin.xhtml?id=42"), m.body());
    }

    @Test
    void theLeaderGetsThePrepPacketAndTheAgendaCounted() {
        MailMessage m = ReminderTexts.compose(ReminderKind.LEADER_PREP, due(3, 1, 2), "https://rt.example.org", EARLIER);
        assertEquals("james@example.org", m.to());
        assertEquals("Check-in with Dana Whitfield (Westview Middle School) on Tuesday 1 December at 15:30: your prep packet",
                m.subject());
        assertTrue(m.body().contains("The agenda has 3 talking points (one carried from an earlier check-in);"
                + " 2 action items are open."), m.body());
        assertTrue(m.body().contains("the school's observations"), "the apostrophe survives MessageFormat: " + m.body());
        assertTrue(m.body().contains("https://rt.example.org/checkins/prep.xhtml?id=42"), m.body());
    }

    @Test
    void aReminderSentAtShortNoticeSaysTodayOrTomorrow() {
        MailMessage today = ReminderTexts.compose(ReminderKind.LEADER_PREP, due(0, 0, 0), "", java.time.LocalDate.of(2026, 12, 1));
        assertEquals("Check-in with Dana Whitfield (Westview Middle School) today, Tuesday 1 December at 15:30: your prep packet",
                today.subject());
        MailMessage tomorrow = ReminderTexts.compose(ReminderKind.PRINCIPAL_AGENDA, due(0, 0, 0), "",
                java.time.LocalDate.of(2026, 11, 30));
        assertTrue(tomorrow.body().contains("Your check-in with James Okafor is tomorrow, Tuesday 1 December at 15:30"),
                tomorrow.body());
    }

    @Test
    void oneOfEachReadsInTheSingular() {
        MailMessage m = ReminderTexts.compose(ReminderKind.PRINCIPAL_AGENDA, due(1, 0, 1), "", EARLIER);
        assertTrue(m.body().contains("The agenda has one talking point; one action item is open."), m.body());
    }
}
