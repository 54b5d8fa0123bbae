package org.roundtable.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A dated addition to a signed-off confidential record, by its author; addenda are never changed either. */
@Entity
@Table(name = "addendum")
public class Addendum {

    public static final int MAX_TEXT = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false, length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 120, updatable = false)
    private String authorName;

    @Column(name = "body", nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Addendum() {
    }

    Addendum(String recordType, long recordId, long authorId, String authorName, String text, Instant at) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "addendum.text.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidRequestException("text", "addendum.text.size");
        }
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.recordId = recordId;
        this.authorId = authorId;
        this.authorName = Objects.requireNonNull(authorName, "authorName");
        this.text = text.strip();
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    public Long getId() { return id; }
    public String getRecordType() { return recordType; }
    public long getRecordId() { return recordId; }
    public long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
