package org.roundtable.critical;

/**
 * Where a critical conversation stands: planned (being prepared), held (being written up), follow-up (signed off,
 * a follow-up date ahead), closed. Signing off moves a held conversation on; closing ends the follow-up. The
 * bundle key {@code criticalStatus.NAME}.
 */
public enum Status {
    PLANNED, HELD, FOLLOW_UP, CLOSED
}
