package org.roundtable.rounding;

import java.io.Serializable;

/** A rounding question as forms and the admin page show it. */
public record QuestionRow(long id, int position, String text, boolean active, long version) implements Serializable {
}
