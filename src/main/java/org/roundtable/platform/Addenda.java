package org.roundtable.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Dated addenda to signed-off confidential records. The record's own service decides who may add and read them
 * (its author; the access policy's rule for that kind of record) and calls this; an addendum is only ever added.
 */
@ApplicationScoped
@Transactional
public class Addenda {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Adds an addendum to a record that is signed off (an open record is simply edited). */
    public long add(String recordType, long recordId, Confidentiality record, long authorId, String authorName, String text) {
        if (record.isDeleted()) {
            throw new InvalidRequestException(null, "record.deleted");
        }
        if (!record.isSignedOff()) {
            throw new InvalidRequestException(null, "addendum.notSignedOff");
        }
        Addendum a = new Addendum(recordType, recordId, authorId, authorName, text, Instant.now(clock));
        em.persist(a);
        em.flush();
        return a.getId();
    }

    /** A record's addenda, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Addendum> of(String recordType, long recordId) {
        return em.createQuery("select a from Addendum a where a.recordType = :t and a.recordId = :r order by a.createdAt, a.id",
                        Addendum.class)
                .setParameter("t", recordType).setParameter("r", recordId).getResultList();
    }

    /**
     * Removes a record's addenda under the retention policy — the one time addenda go, with the record's own
     * content (the caller audits it).
     *
     * @return how many were removed
     */
    public int removeUnderRetention(String recordType, long recordId) {
        return em.createQuery("delete from Addendum a where a.recordType = :t and a.recordId = :r")
                .setParameter("t", recordType).setParameter("r", recordId).executeUpdate();
    }
}
