package org.roundtable.critical;

/** What a critical conversation is about (the seed's words); the bundle key {@code criticalCategory.NAME}. */
public enum Category {
    BELIEFS, SKILLS, ACTIONS, EXPECTATIONS
}
