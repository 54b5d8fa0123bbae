package org.roundtable.critical;

/**
 * What the conversation is about at its root, decided while preparing: the <em>content</em> of one event (a first
 * time), a <em>pattern</em> (it has happened before: the earlier conversations are linked), or the
 * <em>relationship</em> itself. The bundle key {@code criticalNature.NAME}.
 */
public enum Nature {
    CONTENT, PATTERN, RELATIONSHIP
}
