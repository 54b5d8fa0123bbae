package org.roundtable.trends;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.rounding.FollowUpRow;

/**
 * One signal's page: the signal and where it stands, its history and the follow-ups opened from it (both for
 * district leaders only: a principal sees the signal, not what leaders noted about it).
 *
 * @param rule       the rule
 * @param schoolId   the school, null for a district-wide signal
 * @param schoolName its name
 * @param themeId    the theme
 * @param themeName  its name
 * @param entry      the signal and its state
 * @param history    what was done, newest first
 * @param followUps  the follow-ups opened from it
 */
public record SignalDetail(String rule, Long schoolId, String schoolName, long themeId, String themeName,
        SignalEntry entry, List<Event> history, List<FollowUpRow> followUps) implements Serializable {

    /** One action in the history. */
    public record Event(SignalEvent.Action action, String actorName, Instant at, Integer observed, LocalDate until,
            String note) implements Serializable {
    }
}
