package org.roundtable.rounding;

import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up in a list; {@code signalId} names the emerging problem it was opened from, if any. */
public record FollowUpRow(long id, long schoolId, String schoolName, Long visitId, Long conversationId, String concern,
        long ownerId, String ownerName, LocalDate raisedOn, LocalDate dueOn, FollowUpStatus status, String resolution,
        LocalDate resolvedOn, boolean leadersOnly, long createdById, long version, Long signalId) implements Serializable {

    public boolean overdue(LocalDate today) {
        return FollowUp.isOverdue(status, dueOn, today);
    }

    public boolean open() {
        return status.isOpen();
    }
}
