package org.roundtable.rounding;

/** A follow-up's progress; the bundle key {@code followUpStatus.NAME} is its label. */
public enum FollowUpStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    public boolean isOpen() {
        return this != RESOLVED;
    }
}
