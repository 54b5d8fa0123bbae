package org.roundtable.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.roundtable.platform.Confidentiality;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/**
 * What one participant writes for themselves about a check-in. Readable by its author alone: no service method
 * returns it to anyone else, whatever their role (PRODUCT.md rule 2). A confidential record: each read is audited,
 * and deleting it hides it but keeps it ({@link Confidentiality}).
 */
@Entity
@Table(name = "private_note")
public class PrivateNote {

    public static final int MAX_TEXT = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false, updatable = false)
    private CheckIn checkIn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @NotNull
    @Size(max = MAX_TEXT)
    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    private Confidentiality confidentiality = new Confidentiality();

    @Version
    private long version;

    protected PrivateNote() {
    }

    public PrivateNote(CheckIn checkIn, UserAccount author, String text) {
        this.checkIn = Objects.requireNonNull(checkIn, "checkIn");
        this.author = Objects.requireNonNull(author, "author");
        rewrite(text);
    }

    /** Soft delete by its author: hidden from every page, kept in the database. */
    public void delete(long by, Instant at) {
        confidentiality().delete(by, at);
    }

    public final void rewrite(String text) {
        if (confidentiality().isDeleted()) {
            confidentiality().restore();
        }
        confidentiality().requireEditable();
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("privateNote", "privateNote.text.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidRequestException("privateNote", "privateNote.text.size");
        }
        this.text = text.strip();
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public CheckIn getCheckIn() { return checkIn; }
    public UserAccount getAuthor() { return author; }
    public String getText() { return text; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public boolean isDeleted() { return confidentiality().isDeleted(); }

    /** Hibernate loads an embeddable whose columns are all null as null: an untouched block, then. */
    private Confidentiality confidentiality() {
        if (confidentiality == null) {
            confidentiality = new Confidentiality();
        }
        return confidentiality;
    }
}
