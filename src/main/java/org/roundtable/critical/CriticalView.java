package org.roundtable.critical;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One critical conversation as its page shows it. {@code content} is null for a caller who may only learn that it
 * happened (the staff member's principal): then the page shows its day, the staff member, the category and the
 * status, nothing else.
 */
public record CriticalView(long id, long version, long staffId, String staffName, String schoolName, long schoolId,
        LocalDate heldOn, Category category, Status status, boolean signedOff, boolean redacted, LocalDate redactedOn,
        Content content) implements Serializable {

    public boolean hasContent() {
        return content != null;
    }

    /**
     * What only its readers (the author and the superintendent) see.
     *
     * @param mine        the caller wrote it (and alone changes it)
     * @param holds       the caller may place or release a legal hold (the superintendent)
     * @param answerable  the staff member's acknowledgement or response file may be recorded now
     * @param pattern     the conversations with this staff member about the same expectation, oldest first (this
     *                    one included), when there are {@link Patterns#PLAIN_FROM} or more; otherwise empty
     * @param earlier     earlier conversations with the staff member this one may follow on from
     */
    public record Content(long authorId, String authorName, boolean mine, boolean holds, boolean answerable,
            Instant signedOffAt, Nature nature, String wantForMe, String wantForThem, String wantForUs, String opening,
            String expectation, List<Fact> facts, List<CriticalRow> linked, String said, String theirView,
            String expectationRestated, String support, LocalDate followUpOn, List<Step> steps,
            Acknowledgement acknowledgement, LocalDate acknowledgedOn, String witness, String responseText,
            ResponseFileInfo responseFile, List<AddendumView> addenda, LocalDate closedOn, LocalDate removeOn,
            String holdReason, Instant holdAt, Long observationId, List<CriticalRow> pattern, List<CriticalRow> earlier)
            implements Serializable {

        /** When it was signed off, in the district's local time (for the page). */
        public java.time.LocalDateTime signedOffLocal() {
            return signedOffAt == null ? null : java.time.LocalDateTime.ofInstant(signedOffAt, java.time.ZoneId.systemDefault());
        }
    }

    /** The staff member's response as a PDF: its name and size (the file itself is served on request). */
    public record ResponseFileInfo(String fileName, int sizeBytes, Instant uploadedAt) implements Serializable {
        /** Its size in whole kilobytes, at least 1. */
        public long kilobytes() {
            return Math.max(1, Math.round(sizeBytes / 1024.0));
        }
    }

    /** A dated addendum by the author. */
    public record AddendumView(String authorName, Instant createdAt, String text) implements Serializable {
        /** When it was added, in the district's local time. */
        public java.time.LocalDateTime createdLocal() {
            return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.systemDefault());
        }
    }
}
