package org.roundtable.critical;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the leader prepares before the conversation.
 *
 * @param nature       content (a first time), pattern (link the earlier ones) or relationship
 * @param wantForMe    what I want for me
 * @param wantForThem  what I want for them
 * @param wantForUs    what I want for our relationship
 * @param opening      the opening statement
 * @param expectation  the expectation at stake, in a line (how a pattern is recognised)
 * @param facts        what I saw (dated) and the story I am telling myself
 * @param earlierIds   earlier conversations with the same person this one follows on from
 */
public record Preparation(Nature nature, String wantForMe, String wantForThem, String wantForUs, String opening,
        String expectation, List<FactDraft> facts, Set<Long> earlierIds) {

    public Preparation {
        facts = facts == null ? List.of() : List.copyOf(facts);
        earlierIds = earlierIds == null ? Set.of() : Set.copyOf(earlierIds);
    }

    /** A fact as typed: blank rows are left out. */
    public record FactDraft(LocalDate seenOn, String saw, String story) {
        public boolean isBlank() {
            return seenOn == null && (saw == null || saw.isBlank()) && (story == null || story.isBlank());
        }
    }
}
