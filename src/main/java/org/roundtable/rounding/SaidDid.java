package org.roundtable.rounding;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of "you said, we did": the concern and what was done, with no names of who raised or handled it. */
public record SaidDid(String youSaid, String weDid, LocalDate doneOn) implements Serializable {
}
