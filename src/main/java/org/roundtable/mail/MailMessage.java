package org.roundtable.mail;

import java.util.Objects;

/** One plain-text message to one person. */
public record MailMessage(String to, String subject, String body) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.isBlank()) {
            throw new IllegalArgumentException("A message needs a recipient");
        }
    }
}
