package org.roundtable.rounding;

import java.io.Serializable;

/** A rounding question and what was answered. */
public record AnswerView(int position, String question, String answer) implements Serializable {
}
