package org.roundtable.checkin;

/** Whether a series keeps generating occurrences; the bundle key {@code seriesStatus.NAME} is its label. */
public enum SeriesStatus {
    ACTIVE, PAUSED
}
