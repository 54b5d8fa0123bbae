package org.roundtable.critical;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A critical conversation in a list. For a caller who only learns that it happened (the staff member's principal),
 * the author and the follow-up day are left out: {@code content} is false.
 */
public record CriticalRow(long id, LocalDate heldOn, long staffId, String staffName, String schoolName, Category category,
        Status status, boolean content, String authorName, LocalDate followUpOn, boolean redacted) implements Serializable {

    /** The same row with only what the staff member's principal may see. */
    CriticalRow metadataOnly() {
        return new CriticalRow(id, heldOn, staffId, staffName, schoolName, category, status, false, null, null, redacted);
    }

    /** The day as a choice's label shows it ("28 Oct 2026"). */
    public String heldOnText() {
        return heldOn.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
    }

    /** Whether the follow-up day has come (or passed) while the conversation waits for it. */
    public boolean followUpDue(LocalDate today) {
        return status == Status.FOLLOW_UP && followUpOn != null && !followUpOn.isAfter(today);
    }
}
