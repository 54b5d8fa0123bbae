package org.roundtable.mail;

/** The SMTP server could not be reached or refused the message; whoever sent it may try again later. */
public class MailFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
