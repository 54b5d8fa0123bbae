package org.roundtable.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link to set a password: for a new account, or a reset an admin sent. Only the SHA-256 of its token
 * is stored, so the table cannot be used to sign in; it works once, before it expires.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    /** Why the link was sent. */
    public enum Purpose { WELCOME, RESET }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Purpose purpose;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {
    }

    PasswordLink(String tokenHash, UserAccount user, Purpose purpose, String createdBy, Instant now, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.user = Objects.requireNonNull(user, "user");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("A link expires after it is made");
        }
        this.expiresAt = expiresAt;
    }

    /** Whether the link may still be used at {@code now}. */
    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && user.isActive();
    }

    void use(Instant now) {
        if (!usable(now)) {
            throw new IllegalStateException("password link no longer usable");
        }
        usedAt = now;
    }

    public UserAccount getUser() { return user; }
    public Purpose getPurpose() { return purpose; }
    public Instant getExpiresAt() { return expiresAt; }
}
