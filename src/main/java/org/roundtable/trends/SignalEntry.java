package org.roundtable.trends;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A signal with where it stands: the live signal (null when its rule no longer fires) and what leaders did about it.
 *
 * @param signal               the signal as counted now, or null
 * @param stateId              its kept state, null when nobody has acted on it
 * @param status               open, acknowledged or snoozed
 * @param acknowledgedObserved the count it was acknowledged at
 * @param snoozedUntil         the day a snooze ends
 * @param version              the kept state's version (0 when none), for the actions' conflict check
 * @param worse                whether it is back on the list because it got worse than acknowledged
 */
public record SignalEntry(SignalView signal, Long stateId, SignalStatus status, Integer acknowledgedObserved,
        LocalDate snoozedUntil, long version, boolean worse) implements Serializable {
}
