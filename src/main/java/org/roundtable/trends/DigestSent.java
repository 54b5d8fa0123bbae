package org.roundtable.trends;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The claim that a week's digest went to a leader (its key is the week and the leader: one each). */
@Entity
@Table(name = "trend_digest_sent")
public class DigestSent {

    @EmbeddedId
    private Key key;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected DigestSent() {
    }

    DigestSent(LocalDate week, long userId, Instant sentAt) {
        this.key = new Key(week, userId);
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    /** The week (its Monday) and the leader. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "week_start", nullable = false)
        private LocalDate week;

        @Column(name = "user_id", nullable = false)
        private long userId;

        protected Key() {
        }

        Key(LocalDate week, long userId) {
            this.week = Objects.requireNonNull(week, "week");
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && week.equals(k.week) && userId == k.userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(week, userId);
        }
    }
}
