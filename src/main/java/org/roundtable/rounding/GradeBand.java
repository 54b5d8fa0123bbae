package org.roundtable.rounding;

/** The grade band of the students a leader talked with; the bundle key {@code gradeBand.NAME} is its label. */
public enum GradeBand {
    PRE_K_2, GRADES_3_5, GRADES_6_8, GRADES_9_12
}
