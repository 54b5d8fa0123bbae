package org.roundtable.checkin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.roundtable.checkin.Attendance.Status;

/**
 * One check-in as a reader sees it: shared content only. The reader's own private note is read separately, and
 * nobody else's is ever part of this.
 *
 * @param participant the reader is the principal or the leader of this check-in (they write to it)
 */
public record CheckInView(long id, long seriesId, long schoolId, String schoolName, long principalId,
        String principalName, long leaderId, String leaderName, LocalDate slotOn, LocalDateTime startsAt,
        int durationMinutes, Status status, boolean missed, String sharedNotes, long version, boolean participant,
        List<PointView> points, List<ActionView> openActions) implements Serializable {
}
