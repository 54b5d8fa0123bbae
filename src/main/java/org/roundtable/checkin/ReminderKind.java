package org.roundtable.checkin;

/** The e-mail reminders of a check-in, each sent at most once. */
public enum ReminderKind {
    /** To the principal, some days before: add your talking points. */
    PRINCIPAL_AGENDA,
    /** To the leader, the day before: the prep packet is ready. */
    LEADER_PREP
}
