package org.roundtable.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request a service refuses for a reason the user can fix. The message is a bundle key; {@link #field()}
 * names the form field it belongs to, or null for the whole form.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** A request refused for what a library found wrong with it (the library's exception is the cause). */
    public InvalidRequestException(String field, String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
