package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.mail.MailMessage;

/** The weekly digest's words: one line per signal with its reason and link, counted in words that agree. */
class DigestTextTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static SignalView rising(long school, String name) {
        return new SignalView(RisingConcern.NAME, school, name, 3L, "Student behavior", 9, 2, 1.0, 0.0001, 1,
                MONDAY.minusWeeks(2), MONDAY.minusDays(1), List.of());
    }

    @Test
    void oneSignalIsOneEmergingProblemWithItsReasonAndLink() {
        MailMessage m = WeeklyDigest.compose(new WeeklyDigest.Reader(1L, "James Okafor", "james@example.org"), MONDAY,
                List.of(rising(7L, "Westview Middle School")), "https://portal.example.org");
        assertEquals("james@example.org", m.to());
        assertEquals("Roundtable: 1 emerging problem new or worse, week of 30 November 2026", m.subject());
        assertTrue(m.body().startsWith("Good morning James Okafor,"), m.body());
        assertTrue(m.body().contains("1 emerging problem is new or worse on the whole weeks up to Sunday 29 November 2026:"), m.body());
        assertTrue(m.body().contains("- Rising concern: Westview Middle School · Student behavior\n"
                + "  9 concerns in the last 2 weeks; the 12 weeks before averaged 1.0 a week.\n"
                + "  https://portal.example.org/trends/signal.xhtml?rule=risingConcern&school=7&theme=3\n"), m.body());
    }

    @Test
    void severalAreCountedInThePlural() {
        MailMessage m = WeeklyDigest.compose(new WeeklyDigest.Reader(1L, "Maria", "m@example.org"), MONDAY,
                List.of(rising(7L, "Westview"), rising(8L, "Eastlake")), "https://portal.example.org");
        assertTrue(m.subject().startsWith("Roundtable: 2 emerging problems new or worse"), m.subject());
        assertTrue(m.body().contains("2 emerging problems are new or worse"), m.body());
    }
}
