package org.roundtable.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do or see this. The web layer answers 403 and the audit log has recorded the attempt
 * before this is thrown. Not-found and not-allowed look alike to a principal for another school's data:
 * services throw {@link NotFoundException} there so ids do not leak what exists.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
