package org.roundtable.platform;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer result, with the size of the whole: exact, or (when {@code more}) a lower bound, where
 * counting every match would cost more than the page itself.
 */
public record Page<T>(List<T> rows, long total, boolean more) implements Serializable {
    public Page {
        rows = List.copyOf(rows);
    }

    /** A page of a result whose size is known exactly. */
    public Page(List<T> rows, long total) {
        this(rows, total, false);
    }
}
