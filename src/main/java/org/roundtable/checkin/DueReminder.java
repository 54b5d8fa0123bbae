package org.roundtable.checkin;

import java.time.LocalDateTime;

/** A check-in whose reminder of one kind is due and not yet sent, with what the message says. */
public record DueReminder(long checkInId, LocalDateTime startsAt, int durationMinutes, String schoolName,
        String principalName, String principalEmail, String leaderName, String leaderEmail, long talkingPoints,
        long carriedPoints, long openActions) {
}
