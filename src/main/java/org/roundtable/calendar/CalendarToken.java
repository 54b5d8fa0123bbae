package org.roundtable.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A leader's current feed token, stored as its SHA-256 only. One per leader; issuing a new one revokes the old. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarToken() {
    }

    public CalendarToken(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        replace(tokenHash, createdAt);
    }

    public final void replace(String tokenHash, Instant createdAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getUserId() { return userId; }
    public String getTokenHash() { return tokenHash; }
    public Instant getCreatedAt() { return createdAt; }
}
