package org.roundtable.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The failed sign-ins counted against one throttle key (an account, a client address, or the pair). */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    protected LoginFailure() {
    }

    LoginFailure(String key) {
        this.key = key;
    }

    /** Counts one more failure at {@code now}; failures older than the rule's memory start the count again. */
    void failed(ThrottleRule rule, Instant now, java.time.Duration memory) {
        if (lastFailedAt != null && lastFailedAt.plus(memory).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailedAt = now;
        java.time.Duration lock = rule.lockAfter(failures);
        lockedUntil = lock.isZero() ? null : now.plus(lock);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
