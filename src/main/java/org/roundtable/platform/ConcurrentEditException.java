package org.roundtable.platform;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same thing since this form was opened. The page says so and keeps what the user
 * typed; nothing is overwritten.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message) {
        super(message);
    }
}
