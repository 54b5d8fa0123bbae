package org.roundtable.checkin;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Missed check-ins: an occurrence not held (nor skipped on purpose) by the end of its day is missed; one that has
 * started and is going on is not. Two missed in a row in a series is a flag on the leader's home page.
 */
public final class Attendance {

    /** How one occurrence stands. */
    public enum Status { SCHEDULED, HELD, SKIPPED }

    private Attendance() {
    }

    public static boolean isMissed(Status status, LocalDateTime startsAt, LocalDateTime now) {
        return status == Status.SCHEDULED && startsAt.toLocalDate().isBefore(now.toLocalDate());
    }

    /**
     * Whether the latest two occurrences that were due (skipped ones do not count) were both missed.
     *
     * @param past the series' occurrences whose day has ended, oldest first, as status
     */
    public static boolean twoMissedInARow(List<Status> past) {
        int missed = 0;
        for (int i = past.size() - 1; i >= 0 && missed < 2; i--) {
            Status s = past.get(i);
            if (s == Status.SKIPPED) {
                continue;
            }
            if (s != Status.SCHEDULED) {
                return false;
            }
            missed++;
        }
        return missed == 2;
    }
}
