package org.roundtable.checkin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.roundtable.checkin.Attendance.Status;

/** One occurrence of a series in its list. */
public record OccurrenceRow(long id, LocalDate slotOn, LocalDateTime startsAt, Status status, String leaderName)
        implements Serializable {
}
