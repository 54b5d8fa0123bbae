package org.roundtable.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The claim that a check-in's reminder went out. Its primary key is the check-in and the kind, so of two
 * instances (or two sweeps) racing for the same reminder the database lets exactly one insert it; the row is
 * written in the same transaction as the message, so a failed send leaves no claim and is tried again.
 */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent {

    @EmbeddedId
    private Key key;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected ReminderSent() {
    }

    ReminderSent(long checkInId, ReminderKind kind, Instant sentAt) {
        this.key = new Key(checkInId, kind);
        this.sentAt = sentAt;
    }

    public Key getKey() { return key; }
    public Instant getSentAt() { return sentAt; }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "check_in_id", nullable = false)
        private long checkInId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private ReminderKind kind;

        protected Key() {
        }

        Key(long checkInId, ReminderKind kind) {
            this.checkInId = checkInId;
            this.kind = Objects.requireNonNull(kind);
        }

        public long getCheckInId() { return checkInId; }
        public ReminderKind getKind() { return kind; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.checkInId == checkInId && k.kind == kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(checkInId, kind);
        }
    }
}
