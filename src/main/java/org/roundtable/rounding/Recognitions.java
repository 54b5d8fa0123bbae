package org.roundtable.rounding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.Restriction;
import org.roundtable.security.Guard;
import org.roundtable.account.UserAccount;

/**
 * Recognitions and their follow-through: the ones still waiting for a thank-you note, and recording that it
 * was sent. District leaders see all; a principal sees their school's, except leaders-only ones.
 */
@ApplicationScoped
@Transactional
public class Recognitions {

    private static final String ROW = """
            select new org.roundtable.rounding.RecognitionRow(r.id, s.id, s.name, v.id, m.id, m.fullName, r.team,
                r.reason, r.recognizedOn, b.displayName, r.acknowledgedAt, k.displayName, r.leadersOnly, r.version)
            from Recognition r join r.school s join r.recognizedBy b left join r.visit v left join r.staffMember m
                left join r.acknowledgedBy k
            """;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Recognitions not acknowledged within three days, oldest first.
     *
     * @param mineOnly only the ones the caller recognized
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecognitionRow> waitingTooLong(boolean mineOnly) {
        return waitingTooLong(mineOnly, 500);
    }

    /** The oldest {@code limit} recognitions waiting more than three days for a thank-you. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecognitionRow> waitingTooLong(boolean mineOnly, @jakarta.validation.constraints.Min(1)
            @jakarta.validation.constraints.Max(500) int limit) {
        Caller caller = guard.requireDistrictLeader("recognitions", null);
        TypedQuery<RecognitionRow> q = em.createQuery(ROW + """
                 where r.acknowledgedAt is null and r.recognizedOn < :cutoff""" + (mineOnly ? " and b.id = :me" : "")
                + " order by r.recognizedOn, r.id", RecognitionRow.class)
                .setParameter("cutoff", LocalDate.now(clock).minusDays(Recognition.ACKNOWLEDGE_WITHIN_DAYS));
        if (mineOnly) {
            q.setParameter("me", caller.userId());
        }
        return q.setMaxResults(limit).getResultList();
    }

    /** How many recognitions, district-wide, wait more than three days for a thank-you (the trends' operational signals). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countWaitingTooLong() {
        guard.requireDistrictLeader("recognitions", null);
        return em.createQuery("select count(r) from Recognition r where r.acknowledgedAt is null and r.recognizedOn < :cutoff",
                Long.class).setParameter("cutoff", LocalDate.now(clock).minusDays(Recognition.ACKNOWLEDGE_WITHIN_DAYS))
                .getSingleResult();
    }

    /** Thank-you notes recorded in the last 30 days, newest first, with who sent each and when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecognitionRow> recentlyThanked(boolean mineOnly) {
        Caller caller = guard.requireDistrictLeader("recognitions", null);
        TypedQuery<RecognitionRow> q = em.createQuery(ROW + """
                 where r.acknowledgedAt >= :since""" + (mineOnly ? " and b.id = :me" : "")
                + " order by r.acknowledgedAt desc, r.id desc", RecognitionRow.class)
                .setParameter("since", Instant.now(clock).minus(java.time.Duration.ofDays(30)));
        if (mineOnly) {
            q.setParameter("me", caller.userId());
        }
        return q.setMaxResults(50).getResultList();
    }

    /** How many of the caller's recognitions wait more than three days for a thank-you (the home page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countMineWaitingTooLong() {
        Caller caller = guard.requireDistrictLeader("recognitions", null);
        return em.createQuery("select count(r) from Recognition r where r.acknowledgedAt is null"
                        + " and r.recognizedOn < :cutoff and r.recognizedBy.id = :me", Long.class)
                .setParameter("cutoff", LocalDate.now(clock).minusDays(Recognition.ACKNOWLEDGE_WITHIN_DAYS))
                .setParameter("me", caller.userId())
                .getSingleResult();
    }

    /** Recognitions at a school still waiting for a thank-you (before a visit). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecognitionRow> unacknowledgedAtSchool(long schoolId) {
        guard.requireDistrictLeader("school", schoolId);
        return em.createQuery(ROW + " where s.id = :school and r.acknowledgedAt is null order by r.recognizedOn, r.id",
                        RecognitionRow.class)
                .setParameter("school", schoolId)
                .getResultList();
    }

    /** The recognitions made on a visit, as the caller may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecognitionRow> ofVisit(long visitId) {
        Caller caller = guard.requireLeader("visit", visitId);
        Restriction readable = AccessPolicy.readable(caller, "s.id", "r.leadersOnly");
        return readable.bind(em.createQuery(ROW + " where v.id = :visit" + readable.andClause() + " order by r.id",
                RecognitionRow.class)).setParameter("visit", visitId).getResultList();
    }

    /** A staff member's recognitions, newest first (people memory). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecognitionRow> of(long staffMemberId) {
        Caller caller = guard.requireLeader("staff", staffMemberId);
        StaffMember m = em.find(StaffMember.class, staffMemberId);
        if (m == null || !AccessPolicy.seesSchool(caller, m.getSchool().getId())) {
            throw guard.notFound(caller, "staff", staffMemberId, m == null ? "no such staff member" : "another school");
        }
        String hidden = AccessPolicy.leadersOnlyHidden(caller, "r.leadersOnly").andClause();
        return em.createQuery(ROW + " where m.id = :m" + hidden + " order by r.recognizedOn desc, r.id desc",
                        RecognitionRow.class)
                .setParameter("m", staffMemberId)
                .getResultList();
    }

    /** Records that the thank-you note was sent, by whom and when. */
    public void acknowledge(long id, long expectedVersion) {
        Caller caller = guard.requireDistrictLeader("recognition", id);
        Recognition r = em.find(Recognition.class, id);
        if (r == null) {
            throw guard.notFound(caller, "recognition", id, "no such recognition");
        }
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("recognition.conflict");
        }
        r.acknowledge(em.getReference(UserAccount.class, caller.userId()), Instant.now(clock));
        em.flush();
        audit.record(caller.username(), Action.RECOGNITION_SAVED, "recognition", id, "thank-you note sent");
    }
}
