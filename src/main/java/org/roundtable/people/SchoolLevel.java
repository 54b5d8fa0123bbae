package org.roundtable.people;

/** The kind of school; the bundle key {@code schoolLevel.NAME} is its label. */
public enum SchoolLevel {
    ELEMENTARY, MIDDLE, HIGH
}
