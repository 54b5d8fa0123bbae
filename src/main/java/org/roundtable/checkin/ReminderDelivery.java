package org.roundtable.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.roundtable.mail.MailMessage;
import org.roundtable.mail.Mailer;

/**
 * Sends one reminder in a transaction of its own: the claim row first (which waits for, then loses to, another
 * instance's uncommitted claim of the same reminder), then the message. A failed send rolls the claim back, so
 * the next sweep tries again; a lost race surfaces as a persistence exception and sends nothing.
 */
@ApplicationScoped
public class ReminderDelivery {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claimAndSend(long checkInId, ReminderKind kind, MailMessage message, Instant at) {
        em.persist(new ReminderSent(checkInId, kind, at));
        em.flush();
        mailer.send(message);
    }
}
