package org.roundtable.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The block every confidential record carries (a check-in's private note today, a critical conversation next):
 * signed off, it is read-only for good — later words go into dated addenda ({@link Addenda}), the original text is
 * never changed and there is no unlock; deleted, it is hidden but kept (soft delete), with who deleted it and when.
 * Reads of such records are audited by {@code security.ConfidentialReads}.
 */
@Embeddable
public class Confidentiality implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Column(name = "signed_off_by")
    private Long signedOffBy;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    /** Signs the record off: from now on nothing in it changes. */
    public void signOff(long by, Instant at) {
        requireEditable();
        signedOffAt = Objects.requireNonNull(at, "at");
        signedOffBy = by;
    }

    /** Refuses a change to a signed-off or deleted record, in words for the page. */
    public void requireEditable() {
        if (isDeleted()) {
            throw new InvalidRequestException(null, "record.deleted");
        }
        if (isSignedOff()) {
            throw new InvalidRequestException(null, "record.locked");
        }
    }

    /** Hides the record; its content stays in the database, with who deleted it and when. */
    public void delete(long by, Instant at) {
        if (isDeleted()) {
            throw new InvalidRequestException(null, "record.deleted");
        }
        deletedAt = Objects.requireNonNull(at, "at");
        deletedBy = by;
    }

    /** Brings back a deleted record that was never signed off (its author writes in it again). */
    public void restore() {
        if (isSignedOff()) {
            throw new InvalidRequestException(null, "record.locked");
        }
        deletedAt = null;
        deletedBy = null;
    }

    public boolean isSignedOff() { return signedOffAt != null; }
    public boolean isDeleted() { return deletedAt != null; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public Long getSignedOffBy() { return signedOffBy; }
    public Instant getDeletedAt() { return deletedAt; }
    public Long getDeletedBy() { return deletedBy; }
}
