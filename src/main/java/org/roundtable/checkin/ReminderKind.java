package org.roundtable.checkin;

/** The e-mail reminders of a check-in, each sent at most once. */
public enum ReminderKind {
    /** To the principal, some days before: add your talking points (no use with less than three hours to go). */
    PRINCIPAL_AGENDA(java.time.Duration.ofHours(3)),
    /** To the leader, the day before: the prep packet is ready (no use with less than an hour to go). */
    LEADER_PREP(java.time.Duration.ofHours(1));

    private final java.time.Duration stillUseful;

    ReminderKind(java.time.Duration stillUseful) {
        this.stillUseful = stillUseful;
    }

    /**
     * How long before the check-in a reminder is still worth sending: one that could not go out in time (the check-in
     * was made or moved at short notice, mail was down) is dropped when less is left.
     */
    public java.time.Duration stillUseful() {
        return stillUseful;
    }
}
