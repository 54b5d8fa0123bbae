package org.roundtable.rounding;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A recognition in a list. */
public record RecognitionRow(long id, long schoolId, String schoolName, Long visitId, Long staffMemberId,
        String staffName, String team, String reason, LocalDate recognizedOn, String recognizedBy,
        Instant acknowledgedAt, String acknowledgedBy, boolean leadersOnly, long version) implements Serializable {

    /** The person or team recognized. */
    public String who() {
        return staffName != null ? staffName : team;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public boolean waitingTooLong(LocalDate today) {
        return Recognition.isWaitingTooLong(recognizedOn, acknowledged(), today);
    }
}
