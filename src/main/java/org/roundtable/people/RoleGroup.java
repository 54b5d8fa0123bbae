package org.roundtable.people;

/** What a staff member does at a school (PRODUCT.md); the bundle key {@code roleGroup.NAME} is its label. */
public enum RoleGroup {
    PRINCIPAL, ASSISTANT_PRINCIPAL, TEACHER_LEADER, TEACHER, NEW_TEACHER, FOOD_SERVICE, CUSTODIAL, OFFICE,
    COUNSELOR, STUDENTS, OTHER
}
