package org.roundtable.trends;

import java.io.Serializable;
import org.roundtable.people.SchoolLevel;

/** A school as the trends name it: a heat map's row, a signal's place. */
public record SchoolName(long id, String name, SchoolLevel level) implements Serializable {
}
