package org.roundtable.critical;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.roundtable.mail.Mailer;
import org.roundtable.platform.Addenda;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/**
 * The sweeps' steps on one record, each in a transaction of its own (a bean of its own, so that the sweep's calls go
 * through the transaction interceptor): removing a record's content, and claiming and sending one reminder.
 */
@ApplicationScoped
class SweepSteps {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Addenda addenda;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    /** Redacts one record if it is still due (a hold placed meanwhile stops it); audited. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean redactOne(long id, LocalDate today) {
        CriticalConversation c = em.find(CriticalConversation.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !c.isRemovalDue(today)) {
            return false;
        }
        c.redact(today);
        int removed = addenda.removeUnderRetention(CriticalConversations.RECORD, id);
        em.createQuery("delete from ResponseFile f where f.conversationId = :id").setParameter("id", id).executeUpdate();
        audit.record("system", Action.CRITICAL_REDACTED, CriticalConversations.RECORD, id,
                "content removed under the retention policy (closed " + c.getClosedOn() + ", " + removed + " addenda)");
        return true;
    }

    /** Claims and sends one reminder (no content: the day and a link); false when claimed already. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean remindOne(long id, LocalDate today, String portal) {
        CriticalConversation c = em.find(CriticalConversation.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.getStatus() != Status.FOLLOW_UP || c.isDeleted() || !c.claimReminder()) {
            return false;
        }
        mailer.send(CriticalSweeps.reminder(c.getAuthor().getEmail(), c.getAuthor().getDisplayName(), c.getFollowUpOn(), today,
                portal + "/critical/conversation.xhtml?id=" + id));
        return true;
    }
}
