package org.roundtable.observation;

/** Where an observation came from when it was not entered on its own; the bundle key {@code source.NAME}. */
public enum SourceType {
    ROUNDING_VISIT, CHECK_IN, CRITICAL_CONVERSATION
}
