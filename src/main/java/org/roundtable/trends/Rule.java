package org.roundtable.trends;

import java.util.List;

/** One early-warning rule: from the weekly counts, the signals it raises (none when all is steady). */
public interface Rule {

    /** The rule's name, as signals carry it. */
    String name();

    List<Signal> evaluate(List<WeeklyCounts> series);
}
