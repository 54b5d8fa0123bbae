package org.roundtable.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** The caller as Jakarta Security knows them, read once per request from the account table. */
@RequestScoped
public class LoggedInCaller implements CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    private Caller caller;

    @Override
    public Caller get() {
        if (caller == null) {
            Principal fromSecurity = securityContext.getCallerPrincipal();
            // Error pages are dispatched without running the authentication mechanism again.
            Principal principal = fromSecurity != null ? fromSecurity : request.getUserPrincipal();
            if (principal == null) {
                throw new AccessDeniedException("Not logged in");
            }
            caller = em.createQuery("""
                    select u from UserAccount u left join fetch u.school
                    where u.username = :username and u.active = true""", UserAccount.class)
                    .setParameter("username", principal.getName())
                    .getResultStream()
                    .findFirst()
                    .map(LoggedInCaller::toCaller)
                    .orElseThrow(() -> new AccessDeniedException("No active account " + principal.getName()));
        }
        return caller;
    }

    static Caller toCaller(UserAccount u) {
        return new Caller(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                u.getSchool() == null ? null : u.getSchool().getId());
    }
}
