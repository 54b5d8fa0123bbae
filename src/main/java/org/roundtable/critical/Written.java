package org.roundtable.critical;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of the conversation, written after it.
 *
 * @param said                what was said
 * @param theirView           the staff member's perspective
 * @param expectationRestated the expectation, as restated and agreed
 * @param support             the support offered
 * @param followUpOn          when to follow up (on or after the conversation)
 * @param steps               next steps agreed, with owner and due day
 */
public record Written(String said, String theirView, String expectationRestated, String support, LocalDate followUpOn,
        List<StepDraft> steps) {

    public Written {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A next step as typed: blank rows are left out. */
    public record StepDraft(String text, StepOwner owner, LocalDate dueOn) {
        public boolean isBlank() {
            return (text == null || text.isBlank()) && dueOn == null;
        }
    }
}
