package org.roundtable.platform;

import java.io.Serializable;
import java.util.List;

/** One page of a longer result, with the size of the whole. */
public record Page<T>(List<T> rows, long total) implements Serializable {
    public Page {
        rows = List.copyOf(rows);
    }
}
