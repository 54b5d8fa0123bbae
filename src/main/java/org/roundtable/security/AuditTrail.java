package org.roundtable.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.roundtable.platform.AuditEvent;
import org.roundtable.platform.Page;

/** Reading the audit log: admins only, newest first, a page at a time. */
@ApplicationScoped
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    /** The newest events first, one page, with the number of all that match (admins only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEvent> newest(String actionFilter, int first, int pageSize) {
        guard.requireAdmin("audit");
        List<AuditEvent> rows = em.createQuery("""
                select e from AuditEvent e
                where (:action is null or e.action = :action)
                order by e.occurredAt desc, e.id desc""", AuditEvent.class)
                .setParameter("action", actionFilter)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
        long total = rows.isEmpty() && first == 0 ? 0 : em.createQuery(
                        "select count(e) from AuditEvent e where (:action is null or e.action = :action)", Long.class)
                .setParameter("action", actionFilter)
                .getSingleResult();
        return new Page<>(rows, total);
    }
}
