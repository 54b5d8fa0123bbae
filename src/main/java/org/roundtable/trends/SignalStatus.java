package org.roundtable.trends;

/** Where a signal stands with the district's leaders; the bundle key is {@code trends.status.NAME}. */
public enum SignalStatus {
    /** On the list of emerging problems. */
    OPEN,
    /** Looked into (with a note): off the list until it gets worse than when acknowledged. */
    ACKNOWLEDGED,
    /** Off the list until a day, when it returns by itself. */
    SNOOZED
}
