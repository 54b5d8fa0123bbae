package org.roundtable.rounding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** One of the district's rounding questions, asked in the order of {@code position}. */
@Entity
@Table(name = "rounding_question")
public class RoundingQuestion {

    public static final int MAX_TEXT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @NotBlank
    @Size(max = MAX_TEXT)
    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected RoundingQuestion() {
    }

    public RoundingQuestion(int position, String text) {
        this.position = position;
        reword(text);
    }

    public final void reword(String text) {
        this.text = Objects.requireNonNull(text, "text").strip();
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void retire() {
        this.active = false;
    }

    public void restore() {
        this.active = true;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getText() { return text; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
