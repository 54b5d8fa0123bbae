package org.roundtable.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.roundtable.platform.AccessDeniedException;

/**
 * The caller of a web request, read once per request from the account table: who Jakarta Security says signed
 * in, with the roles the database holds now (never the container's copy of the groups, which Payara 6 can lose
 * under concurrent requests, payara/Payara#6145). A session ends when its account is deactivated or its password
 * changed since it signed in (the account's session epoch moved on).
 */
@RequestScoped
public class LoggedInCaller implements CurrentCaller {

    /** The session attribute holding the account's session epoch at sign-in. */
    static final String SESSION_EPOCH = "org.roundtable.sessionEpoch";

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    private Optional<Caller> caller;

    @Override
    public Caller get() {
        return find().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }

    /** The signed-in caller; empty when nobody is signed in or the session has ended. One statement per request. */
    public Optional<Caller> find() {
        if (caller == null) {
            caller = lookUp();
        }
        return caller;
    }

    /** Whether someone signed in whose session has since ended (deactivated, password changed, account gone). */
    public boolean isEndedSession() {
        return principal() != null && find().isEmpty();
    }

    private Principal principal() {
        Principal fromSecurity = securityContext.getCallerPrincipal();
        // Error pages are dispatched without running the authentication mechanism again.
        return fromSecurity != null ? fromSecurity : request.getUserPrincipal();
    }

    private Optional<Caller> lookUp() {
        Principal principal = principal();
        if (principal == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Object signedInEpoch = session == null ? null : session.getAttribute(SESSION_EPOCH);
        List<?> rows = em.createNativeQuery("""
                select u.id, u.username, u.display_name, u.school_id, u.session_epoch, r.role
                from user_account u left join user_role r on r.user_id = u.id
                where u.username = ?1 and u.active = true""")
                .setParameter(1, principal.getName()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = (Object[]) rows.get(0);
        if (!(signedInEpoch instanceof Integer epoch) || epoch != ((Number) first[4]).intValue()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object row : rows) {
            Object role = ((Object[]) row)[5];
            if (role != null) {
                roles.add(Role.valueOf((String) role));
            }
        }
        return Optional.of(new Caller(((Number) first[0]).longValue(), (String) first[1], (String) first[2], roles,
                first[3] == null ? null : ((Number) first[3]).longValue()));
    }

    /** Remembers, at sign-in (or after changing one's own password), which session epoch the session belongs to. */
    public static void signedIn(HttpSession session, int sessionEpoch) {
        session.setAttribute(SESSION_EPOCH, sessionEpoch);
    }
}
