package org.roundtable.rounding;

/** Where a visit stands; the bundle key {@code visitStatus.NAME} is its label. */
public enum VisitStatus {
    PLANNED, COMPLETED, CANCELLED
}
