package org.roundtable.checkin;

import java.io.Serializable;
import java.time.Instant;

/** The reader's own private note on a check-in. */
public record PrivateNoteView(long id, String text, Instant updatedAt, long version) implements Serializable {
}
