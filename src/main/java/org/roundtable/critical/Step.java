package org.roundtable.critical;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.roundtable.platform.InvalidRequestException;

/** A next step agreed in the conversation: what, who does it (the staff member or the leader), by when. */
@Embeddable
public class Step implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 500;

    @Column(name = "step_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner", nullable = false, length = 20)
    private StepOwner owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected Step() {
    }

    /** A step due on or after the conversation's day. */
    public Step(String text, StepOwner owner, LocalDate dueOn, LocalDate conversationOn) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("steps", "critical.step.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidRequestException("steps", "critical.step.size");
        }
        if (owner == null) {
            throw new InvalidRequestException("steps", "critical.step.owner");
        }
        if (dueOn == null) {
            throw new InvalidRequestException("steps", "critical.step.due");
        }
        if (dueOn.isBefore(conversationOn)) {
            throw new InvalidRequestException("steps", "critical.step.beforeConversation");
        }
        this.text = text.strip();
        this.owner = Objects.requireNonNull(owner);
        this.dueOn = dueOn;
    }

    public String getText() { return text; }
    public StepOwner getOwner() { return owner; }
    public LocalDate getDueOn() { return dueOn; }
}
