package org.roundtable.critical;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import org.roundtable.platform.InvalidRequestException;

/**
 * One fact prepared for a conversation: what I saw, with its day (the evidence), kept apart from the story I am
 * telling myself about it (the interpretation), so the record shows which is which.
 */
@Embeddable
public class Fact implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 2000;

    @Column(name = "seen_on")
    private LocalDate seenOn;

    @Column(name = "what_i_saw", nullable = false, length = MAX_TEXT)
    private String saw;

    @Column(name = "story", length = MAX_TEXT)
    private String story;

    protected Fact() {
    }

    /** A fact; its day may not be in the future or after the conversation it prepares. */
    public Fact(LocalDate seenOn, String saw, String story, LocalDate conversationOn) {
        if (saw == null || saw.isBlank()) {
            throw new InvalidRequestException("facts", "critical.fact.required");
        }
        if (saw.strip().length() > MAX_TEXT || (story != null && story.strip().length() > MAX_TEXT)) {
            throw new InvalidRequestException("facts", "critical.fact.size");
        }
        if (seenOn != null && seenOn.isAfter(conversationOn)) {
            throw new InvalidRequestException("facts", "critical.fact.afterConversation");
        }
        this.seenOn = seenOn;
        this.saw = saw.strip();
        this.story = story == null || story.isBlank() ? null : story.strip();
    }

    public LocalDate getSeenOn() { return seenOn; }
    public String getSaw() { return saw; }
    public String getStory() { return story; }
}
