package org.roundtable.trends;

import java.util.List;

/**
 * One early-warning rule: from the evidence (weekly counts, sources), the signals it raises (none when all is steady).
 * Adding a rule is adding one class and listing it in {@link Trends#RULES}.
 */
public interface Rule {

    /** The rule's name, as signals carry it. */
    String name();

    List<Signal> evaluate(Evidence evidence);
}
