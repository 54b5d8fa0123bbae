package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.clock = clock;
    }

    private void fail(int times, String user) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user);
        }
    }

    @Test
    void theFirstFailuresCostNothing() {
        fail(LoginThrottle.FREE_FAILURES - 1, "dana");
        assertEquals(Duration.ZERO, throttle.waitFor("dana"));
    }

    @Test
    void thenEachFailureLocksLongerUpToFifteenMinutes() {
        fail(LoginThrottle.FREE_FAILURES, "dana");
        assertEquals(Duration.ofSeconds(30), throttle.waitFor("dana"));
        throttle.failed("dana");
        assertEquals(Duration.ofSeconds(60), throttle.waitFor("DANA "), "user names match case-insensitively");
        fail(20, "dana");
        assertEquals(LoginThrottle.MAX_LOCK, throttle.waitFor("dana"));
    }

    @Test
    void theLockRunsOutWithTime() {
        fail(LoginThrottle.FREE_FAILURES, "sam");
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Duration.ofSeconds(10), throttle.waitFor("sam"));
        clock.advance(Duration.ofSeconds(11));
        assertEquals(Duration.ZERO, throttle.waitFor("sam"));
    }

    @Test
    void aSuccessClearsAndOtherUsersAreUnaffected() {
        fail(LoginThrottle.FREE_FAILURES + 2, "sam");
        assertTrue(throttle.waitFor("sam").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitFor("dana"));
        throttle.succeeded("sam");
        assertEquals(Duration.ZERO, throttle.waitFor("sam"));
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
