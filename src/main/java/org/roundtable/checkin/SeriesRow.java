package org.roundtable.checkin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A series in a list, with its next scheduled check-in. */
public record SeriesRow(long id, long schoolId, String schoolName, long principalId, String principalName,
        long leaderId, String leaderName, DayOfWeek dayOfWeek, LocalTime timeOfDay, SeriesStatus status, long version,
        Long nextCheckInId, LocalDateTime nextStartsAt) implements Serializable {

    public SeriesRow(long id, long schoolId, String schoolName, long principalId, String principalName, long leaderId,
            String leaderName, DayOfWeek dayOfWeek, LocalTime timeOfDay, SeriesStatus status, long version) {
        this(id, schoolId, schoolName, principalId, principalName, leaderId, leaderName, dayOfWeek, timeOfDay, status,
                version, null, null);
    }

    SeriesRow withNext(Long checkInId, LocalDateTime startsAt) {
        return new SeriesRow(id, schoolId, schoolName, principalId, principalName, leaderId, leaderName, dayOfWeek,
                timeOfDay, status, version, checkInId, startsAt);
    }
}
