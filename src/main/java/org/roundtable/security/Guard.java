package org.roundtable.security;

import org.roundtable.platform.AccessDeniedException;
import org.roundtable.platform.NotFoundException;
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

    /** A leader (district role or principal); refusals name what was asked for. */
    public Caller requireLeader(String targetType, Object targetId) {
        Caller caller = callers.get();
        if (!caller.isLeader()) {
            audit.record(caller.username(), Action.ACCESS_DENIED, targetType, targetId, "leaders only");
            throw new AccessDeniedException("Leaders only");
        }
        return caller;
    }

    /** A superintendent or assistant superintendent. */
    public Caller requireDistrictLeader(String targetType, Object targetId) {
        Caller caller = callers.get();
        if (!caller.isDistrictLeader()) {
            audit.record(caller.username(), Action.ACCESS_DENIED, targetType, targetId, "district leaders only");
            throw new AccessDeniedException("District leaders only");
        }
        return caller;
    }

    /** Audits and refuses a read of something outside the caller's scope, as "not found" (no existence leak). */
    public NotFoundException notFound(Caller caller, String targetType, Object targetId, String why) {
        audit.record(caller.username(), Action.ACCESS_DENIED, targetType, targetId, why);
        return new NotFoundException(targetType + " " + targetId);
    }

    /** Audits and refuses an action the caller may not take. */
    public AccessDeniedException denied(Caller caller, String targetType, Object targetId, String why) {
        audit.record(caller.username(), Action.ACCESS_DENIED, targetType, targetId, why);
        return new AccessDeniedException(why);
    }

    /** Leaders and admins: anyone with a role in the portal. */
    public Caller requireSignedIn() {
        return callers.get();
    }
}
