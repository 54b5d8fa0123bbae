package org.roundtable.critical;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The staff member's written response to a conversation, as a PDF the leader attached (at most 5 MB, checked to be
 * a PDF). Kept apart from the record so listing records never reads it; served only to the record's readers.
 */
@Entity
@Table(name = "critical_response_file")
public class ResponseFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** Read by {@code em.find} only when the file is served; lists and pages read its name and size by projection. */
    @Column(name = "content", nullable = false, length = MAX_BYTES)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ResponseFile() {
    }

    ResponseFile(long conversationId, String fileName, byte[] content, Instant at) {
        this.conversationId = conversationId;
        replace(fileName, content, at);
    }

    void replace(String fileName, byte[] content, Instant at) {
        this.fileName = Objects.requireNonNull(fileName);
        this.content = Objects.requireNonNull(content);
        this.sizeBytes = content.length;
        this.uploadedAt = Objects.requireNonNull(at);
    }

    public Long getConversationId() { return conversationId; }
    public String getFileName() { return fileName; }
    public int getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
}
