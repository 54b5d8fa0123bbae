package org.roundtable.security;

import java.time.Duration;

/**
 * How one kind of login throttle backs off: the first {@code freeFailures} failures cost nothing, then each
 * further one locks the key for twice as long as the one before, from {@code firstLock} up to {@code maxLock}.
 */
record ThrottleRule(int freeFailures, Duration firstLock, Duration maxLock) {

    /** The lock a key earns with this many failures; zero while they are free. */
    Duration lockAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        Duration lock = firstLock.multipliedBy(1L << Math.min(failures - freeFailures, 20));
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
