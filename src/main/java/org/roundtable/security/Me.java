package org.roundtable.security;

import org.roundtable.platform.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in person, for the layout: name, role and which menus to show. Pages only; services check again. */
@Named
@RequestScoped
public class Me {

    @Inject
    CurrentCaller callers;

    /** Whether a usable account is signed in (error pages are also shown to visitors). */
    public boolean isSignedIn() {
        try {
            callers.get();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    public long getUserId() {
        return callers.get().userId();
    }

    public Long getSchoolId() {
        return callers.get().schoolId();
    }

    public String getUsername() {
        return callers.get().username();
    }

    public String getDisplayName() {
        return callers.get().displayName();
    }

    public Role getMainRole() {
        Caller c = callers.get();
        for (Role r : Role.values()) {
            if (c.has(r)) {
                return r;
            }
        }
        return null;
    }

    public boolean isLeader() {
        return callers.get().isLeader();
    }

    public boolean isDistrictLeader() {
        return callers.get().isDistrictLeader();
    }

    public boolean isPrincipal() {
        return callers.get().isPrincipal();
    }

    public boolean isAdmin() {
        return callers.get().isAdmin();
    }

    /** The superintendent: reads every critical conversation and the log of who read them. */
    public boolean isSuperintendent() {
        return AccessPolicy.readsConfidentialAudit(callers.get());
    }
}
