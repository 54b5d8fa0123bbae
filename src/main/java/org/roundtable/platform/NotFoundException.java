package org.roundtable.platform;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist, or the caller may not know that it does. The web layer answers 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
