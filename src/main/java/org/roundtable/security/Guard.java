package org.roundtable.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/** Role checks the services share; each refusal is audited before it is thrown. */
@ApplicationScoped
public class Guard {

    @Inject
    CurrentCaller callers;

    @Inject
    AuditLog audit;

    public Caller requireAdmin(String targetType) {
        Caller caller = callers.get();
        if (!caller.isAdmin()) {
            audit.record(caller.username(), Action.ACCESS_DENIED, targetType, null, "admin only");
            throw new AccessDeniedException("Admins only");
        }
        return caller;
    }

    /** Leaders and admins: anyone with a role in the portal. */
    public Caller requireSignedIn() {
        return callers.get();
    }
}
