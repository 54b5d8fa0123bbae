package org.roundtable.security;

import org.roundtable.platform.AccessDeniedException;

/**
 * Where services learn who is calling. The portal answers from the logged-in user
 * ({@link LoggedInCaller}); integration tests put a fixed caller in its place to walk the access matrix.
 */
public interface CurrentCaller {

    /**
     * The caller of this request.
     *
     * @throws AccessDeniedException when nobody (or a deactivated account) is logged in
     */
    Caller get();
}
