package org.roundtable.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.roundtable.platform.Page;
import org.roundtable.security.Guard;

/** The messages kept instead of sent, newest first (admins only). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Outbox {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    Mailer mailer;

    public Page<OutboxMessage> newest(int first, int pageSize) {
        guard.requireAdmin("outbox");
        List<OutboxMessage> rows = em.createQuery("select m from OutboxMessage m order by m.createdAt desc, m.id desc",
                        OutboxMessage.class)
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, MAX_PAGE_SIZE))
                .getResultList();
        long total = rows.isEmpty() && first == 0 ? 0
                : em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult();
        return new Page<>(rows, total);
    }

    /** Whether new mail is sent (an SMTP server is configured) rather than kept here. */
    public boolean isSending() {
        return mailer.isSmtp();
    }
}
