package org.roundtable.rounding;

/** The grade band of the students a leader talked with; the bundle key {@code gradeBand.NAME} is its label. */
public enum GradeBand {
    PRE_K_2, GRADES_3_5, GRADES_6_8, GRADES_9_12;

    /** The grade bands a school of this level teaches (the visit log offers no other). */
    public static java.util.List<GradeBand> of(org.roundtable.people.SchoolLevel level) {
        return switch (level) {
            case ELEMENTARY -> java.util.List.of(PRE_K_2, GRADES_3_5);
            case MIDDLE -> java.util.List.of(GRADES_6_8);
            case HIGH -> java.util.List.of(GRADES_9_12);
        };
    }
}
