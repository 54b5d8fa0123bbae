package org.roundtable.checkin;

import java.io.Serializable;
import java.time.LocalDate;

/** An action item as a check-in shows it, with the check-in it was agreed at. */
public record ActionView(long id, String text, long ownerId, String ownerName, LocalDate dueOn, ActionItem.Status status,
        LocalDate agreedOn, long version) implements Serializable {

    /** Open and past its due date. */
    public boolean overdue(LocalDate today) {
        return status == ActionItem.Status.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
