package org.roundtable.rounding;

/** A follow-up's progress; the bundle key {@code followUpStatus.NAME} is its label. */
public enum FollowUpStatus {
    OPEN, IN_PROGRESS, RESOLVED,
    /** Raised in error and taken back by the leader who raised it: in no list, never on "you said, we did". */
    WITHDRAWN;

    /** The states of a follow-up someone still has to act on. */
    public static final java.util.List<FollowUpStatus> OPEN_STATES = java.util.List.of(OPEN, IN_PROGRESS);

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
