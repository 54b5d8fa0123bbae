package org.roundtable.rounding;

/** Whom a rounding conversation was with; the bundle key {@code conversationKind.NAME} is its label. */
public enum ConversationKind {
    /** A named staff member from the school's directory. */
    STAFF_MEMBER,
    /** A role group (the kitchen team, the custodians...) without names. */
    ROLE_GROUP,
    /** Students: a grade band only, never names (PRODUCT.md rule 6). */
    STUDENTS
}
