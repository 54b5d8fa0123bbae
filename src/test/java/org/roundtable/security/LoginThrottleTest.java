package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back-off rules of the login throttle; the shared database side is tested in SecurityIT. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void theFirstFailuresCostNothingThenEachLocksTwiceAsLongUpToFifteenMinutes() {
        ThrottleRule rule = LoginThrottle.FROM_ONE_ADDRESS;
        assertEquals(Duration.ZERO, rule.lockAfter(4));
        assertEquals(Duration.ofSeconds(30), rule.lockAfter(5));
        assertEquals(Duration.ofSeconds(60), rule.lockAfter(6));
        assertEquals(Duration.ofMinutes(15), rule.lockAfter(30));
        assertEquals(Duration.ofMinutes(15), rule.lockAfter(Integer.MAX_VALUE), "no overflow");
    }

    @Test
    void anAddressAndAnAccountFromAnywhereGetMoreFreeFailuresThanOneAccountFromOneAddress() {
        assertEquals(Duration.ZERO, LoginThrottle.ADDRESS.lockAfter(19));
        assertEquals(Duration.ofSeconds(30), LoginThrottle.ADDRESS.lockAfter(20));
        assertEquals(Duration.ZERO, LoginThrottle.ACCOUNT.lockAfter(49));
        assertTrue(LoginThrottle.ACCOUNT.lockAfter(50).toSeconds() > 0);
    }

    @Test
    void anAttemptCountsAgainstTheAccountTheAddressAndThePairWithNamesMatchedCaseInsensitively() {
        assertEquals(List.of("account:dana", "address:10.0.0.7", "pair:dana|10.0.0.7"),
                LoginThrottle.keys("  DANA ", "10.0.0.7"));
        String longName = "x".repeat(500);
        assertTrue(LoginThrottle.keys(longName, "::1").stream().allMatch(k -> k.length() <= 200), "keys fit their column");
    }

    @Test
    void failuresAreForgottenADayAfterTheLastOne() {
        LoginFailure f = new LoginFailure("pair:dana|10.0.0.7");
        for (int i = 0; i < 5; i++) {
            f.failed(LoginThrottle.FROM_ONE_ADDRESS, NOW, LoginThrottle.MEMORY);
        }
        assertEquals(NOW.plusSeconds(30), f.lockedUntil());
        f.failed(LoginThrottle.FROM_ONE_ADDRESS, NOW.plus(Duration.ofDays(2)), LoginThrottle.MEMORY);
        assertNull(f.lockedUntil(), "a fresh start after a day without failures");
    }
}
