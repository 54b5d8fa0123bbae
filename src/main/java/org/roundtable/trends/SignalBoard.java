package org.roundtable.trends;

import java.io.Serializable;
import java.util.List;

/**
 * The emerging problems as the list shows them: those open (new, returned from a snooze, or worse than when
 * acknowledged) and those set aside (acknowledged or snoozed), each in the rules' order.
 */
public record SignalBoard(List<SignalEntry> open, List<SignalEntry> setAside) implements Serializable {
}
