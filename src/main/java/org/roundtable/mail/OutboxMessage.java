package org.roundtable.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message kept instead of sent, because no SMTP server is configured (the embedded demo). Never edited. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage {

    static final int MAX_BODY = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, length = MAX_BODY, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxMessage() {
    }

    OutboxMessage(MailMessage message, Instant at) {
        this.recipient = message.to();
        this.subject = message.subject().length() > 200 ? message.subject().substring(0, 200) : message.subject();
        this.body = message.body().length() > MAX_BODY ? message.body().substring(0, MAX_BODY) : message.body();
        this.createdAt = at;
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
