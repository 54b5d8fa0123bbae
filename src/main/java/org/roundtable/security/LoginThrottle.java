package org.roundtable.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for a user name, each further
 * attempt waits out a lock that doubles with every failure (from 30 s up to 15 minutes). A success clears
 * it. Kept in memory: one instance is the deployment this foundation supports (a cluster would move this to
 * the database).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    /** How long the user name must still wait before the next attempt; zero when it may try now. */
    public Duration waitFor(String username) {
        Failures f = failures.get(key(username));
        if (f == null || f.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(clock), f.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(String username) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        failures.compute(key(username), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant until = null;
            if (count >= FREE_FAILURES) {
                long factor = 1L << Math.min(count - FREE_FAILURES, 10);
                Duration lock = FIRST_LOCK.multipliedBy(factor);
                until = Instant.now(clock).plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
            }
            return new Failures(count, until);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
