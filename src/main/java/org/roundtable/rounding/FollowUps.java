package org.roundtable.rounding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.people.School;
import org.roundtable.security.Role;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.Restriction;
import org.roundtable.security.Guard;
import org.roundtable.account.UserAccount;

/**
 * Follow-ups: visible to their owner and to district leaders, changed by them, closed with what was done. "You
 * said, we did" shows what was resolved at a school, without names and without anything leaders-only.
 */
@ApplicationScoped
@Transactional
public class FollowUps {

    private static final String ROW = """
            select new org.roundtable.rounding.FollowUpRow(f.id, s.id, s.name, v.id, c.id, f.concern, o.id, o.displayName,
                f.raisedOn, f.dueOn, f.status, f.resolution, f.resolvedOn, f.leadersOnly, b.id, f.version, f.signalId)
            from FollowUp f join f.school s join f.owner o join f.createdBy b left join f.visit v left join f.conversation c
            """;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Opens a follow-up at a school from an emerging problem (a trends signal), linked back to it; district leaders
     * only. The owner is an active district leader or the school's principal; the due date is not before today.
     */
    public long raiseFromSignal(long schoolId, long signalId, @NotNull @Valid ConcernDraft draft) {
        Caller caller = guard.requireDistrictLeader("school", schoolId);
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("school " + schoolId);
        }
        FollowUp f = new FollowUp(school, null, null, draft.concern(), owner(draft.ownerId(), schoolId, false),
                LocalDate.now(clock), draft.dueOn(), em.getReference(UserAccount.class, caller.userId()), false);
        f.openedFromSignal(signalId);
        em.persist(f);
        em.flush();
        audit.record(caller.username(), Action.FOLLOW_UP_SAVED, "followUp", f.getId(), "opened from signal " + signalId);
        return f.getId();
    }

    /** The follow-ups opened from a signal, open ones first (district leaders read them all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> ofSignal(long signalId) {
        guard.requireDistrictLeader("signal", signalId);
        return em.createQuery(ROW + " where f.signalId = :signal and f.status <> :withdrawn order by f.raisedOn desc, f.id desc",
                FollowUpRow.class).setParameter("signal", signalId).setParameter("withdrawn", FollowUpStatus.WITHDRAWN)
                .getResultList();
    }

    /**
     * The owner a follow-up at a school may have: an active district leader, or the school's principal unless the
     * concern is leaders-only.
     */
    UserAccount owner(Long ownerId, long schoolId, boolean leadersOnly) {
        UserAccount u = ownerId == null ? null : em.find(UserAccount.class, ownerId);
        if (u == null) {
            throw new InvalidRequestException("ownerId", "followUp.owner.required");
        }
        boolean district = u.getRoles().stream().anyMatch(Role::isDistrictLeader);
        boolean schoolsPrincipal = u.getRoles().contains(Role.PRINCIPAL) && u.getSchool() != null
                && u.getSchool().getId().longValue() == schoolId;
        if (!u.isActive() || !(district || schoolsPrincipal)) {
            throw new InvalidRequestException("ownerId", "followUp.owner.invalid");
        }
        if (leadersOnly && !district) {
            throw new InvalidRequestException("ownerId", "followUp.owner.leadersOnly");
        }
        return u;
    }

    /** How many follow-ups a list shows at first, and how many more each "show more" adds. */
    public static final int PAGE = 50;
    /** The most a list shows. */
    public static final int MAX_SHOWN = 1000;

    /**
     * The caller's own follow-ups, the first {@code limit}: open ones by due date, then (when asked) resolved ones.
     * One more than asked is read, so the page knows whether to offer more.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> mine(boolean includeResolved, @Min(1) @Max(MAX_SHOWN) int limit) {
        Caller caller = guard.requireLeader("followUps", null);
        return em.createQuery(ROW + " where o.id = :me and f.status in :shown"
                        + " order by case when f.status = :resolved then 1 else 0 end, f.dueOn, f.id", FollowUpRow.class)
                .setParameter("me", caller.userId())
                .setParameter("shown", includeResolved ? List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS,
                        FollowUpStatus.RESOLVED) : FollowUpStatus.OPEN_STATES)
                .setParameter("resolved", FollowUpStatus.RESOLVED)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /** The first {@code limit} open follow-ups in the district, by due date (district leaders), and one more. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> allOpen(@Min(1) @Max(MAX_SHOWN) int limit) {
        guard.requireDistrictLeader("followUps", null);
        return em.createQuery(ROW + " where f.status in :open order by f.dueOn, f.id", FollowUpRow.class)
                .setParameter("open", FollowUpStatus.OPEN_STATES)
                .setMaxResults(limit + 1)
                .getResultList();
    }

    /** Open follow-ups at one school (before a visit; district leaders). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> openAtSchool(long schoolId) {
        guard.requireDistrictLeader("school", schoolId);
        return em.createQuery(ROW + " where s.id = :school and f.status in :open order by f.dueOn, f.id",
                        FollowUpRow.class)
                .setParameter("school", schoolId)
                .setParameter("open", FollowUpStatus.OPEN_STATES)
                .getResultList();
    }

    /**
     * The open follow-ups at a school that the caller may see: all of them for a district leader, the ones they own
     * for the school's principal (the prep packet of a check-in).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> openForSchool(long schoolId) {
        Caller caller = guard.requireLeader("school", schoolId);
        if (!AccessPolicy.seesSchool(caller, schoolId)) {
            throw guard.notFound(caller, "school", schoolId, "follow-ups of another school");
        }
        Restriction readable = AccessPolicy.followUpsReadable(caller, "o.id");
        return readable.bind(em.createQuery(ROW + " where s.id = :school and f.status in :open"
                        + readable.andClause() + " order by f.dueOn, f.id", FollowUpRow.class))
                .setParameter("school", schoolId)
                .setParameter("open", FollowUpStatus.OPEN_STATES)
                .getResultList();
    }

    /** The follow-ups raised on a visit that the caller may see (owner or district leader). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> ofVisit(long visitId) {
        Caller caller = guard.requireLeader("visit", visitId);
        Restriction readable = AccessPolicy.followUpsReadable(caller, "o.id");
        return readable.bind(em.createQuery(ROW + " where v.id = :visit and f.status <> :withdrawn" + readable.andClause()
                + " order by f.id", FollowUpRow.class)).setParameter("visit", visitId)
                .setParameter("withdrawn", FollowUpStatus.WITHDRAWN).getResultList();
    }

    /**
     * Takes back a follow-up raised in error: only the leader who raised it, while it is open. It leaves every list
     * and never reaches "you said, we did"; the audit log keeps who withdrew it.
     */
    public void withdraw(long id, long expectedVersion) {
        Caller caller = guard.requireLeader("followUp", id);
        FollowUp f = changeable(caller, id, expectedVersion);
        if (f.getCreatedBy().getId().longValue() != caller.userId()) {
            throw guard.denied(caller, "followUp", id, "only the leader who raised a follow-up withdraws it");
        }
        f.withdraw(em.getReference(UserAccount.class, caller.userId()), Instant.now(clock));
        em.flush();
        audit.record(caller.username(), Action.FOLLOW_UP_SAVED, "followUp", id, "withdrawn: raised in error");
    }

    /** One follow-up, for its owner or a district leader. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpRow find(long id) {
        Caller caller = guard.requireLeader("followUp", id);
        FollowUpRow row = em.createQuery(ROW + " where f.id = :id", FollowUpRow.class).setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> guard.notFound(caller, "followUp", id, "no such follow-up"));
        if (!AccessPolicy.readsFollowUp(caller, row.ownerId())) {
            throw guard.notFound(caller, "followUp", id, "not the owner");
        }
        return row;
    }

    /** Marks work started, or back to open. */
    public void progress(long id, long expectedVersion, @NotNull FollowUpStatus status) {
        Caller caller = guard.requireLeader("followUp", id);
        FollowUp f = changeable(caller, id, expectedVersion);
        f.progress(status);
        em.flush();
        audit.record(caller.username(), Action.FOLLOW_UP_SAVED, "followUp", id, status.name());
    }

    /** Closes a follow-up with what was done. */
    public void resolve(long id, long expectedVersion,
            @Size(max = FollowUp.MAX_RESOLUTION, message = "{followUp.resolution.size}") String whatWasDone) {
        Caller caller = guard.requireLeader("followUp", id);
        FollowUp f = changeable(caller, id, expectedVersion);
        f.resolve(whatWasDone, LocalDate.now(clock));
        em.flush();
        audit.record(caller.username(), Action.FOLLOW_UP_SAVED, "followUp", id, "resolved");
    }

    /**
     * "You said, we did" for a school and term: what was resolved, newest first, without names and without
     * leaders-only follow-ups. District leaders for any school, a principal for their own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SaidDid> youSaidWeDid(long schoolId, @NotNull Term term) {
        Caller caller = guard.requireLeader("school", schoolId);
        if (!AccessPolicy.seesSchool(caller, schoolId)) {
            throw guard.notFound(caller, "school", schoolId, "you said, we did of another school");
        }
        return em.createQuery("""
                select new org.roundtable.rounding.SaidDid(f.concern, f.resolution, f.resolvedOn)
                from FollowUp f
                where f.school.id = :school and f.status = :resolved and f.leadersOnly = false
                  and f.resolvedOn between :first and :last
                order by f.resolvedOn desc, f.id desc""", SaidDid.class)
                .setParameter("school", schoolId)
                .setParameter("resolved", FollowUpStatus.RESOLVED)
                .setParameter("first", term.first())
                .setParameter("last", term.last())
                .getResultList();
    }

    /** How many of the caller's own follow-ups are open, and how many of those are overdue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long[] myOpenAndOverdue() {
        return openAndOverdue(false);
    }

    /** How many follow-ups are open and how many of them overdue, district-wide (district leaders). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long[] districtOpenAndOverdue() {
        guard.requireDistrictLeader("followUps", null);
        return openAndOverdue(true);
    }

    private long[] openAndOverdue(boolean everyOwner) {
        Caller caller = guard.requireLeader("followUps", null);
        TypedQuery<Object[]> q = em.createQuery("""
                select count(f), sum(case when f.dueOn < :today then 1 else 0 end)
                from FollowUp f where f.status in :open""" + (everyOwner ? "" : " and f.owner.id = :me"), Object[].class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("open", FollowUpStatus.OPEN_STATES);
        Object[] r = (everyOwner ? q : q.setParameter("me", caller.userId())).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), r[1] == null ? 0 : ((Number) r[1]).longValue()};
    }

    private FollowUp changeable(Caller caller, long id, long expectedVersion) {
        FollowUp f = em.find(FollowUp.class, id);
        if (f == null) {
            throw guard.notFound(caller, "followUp", id, "no such follow-up");
        }
        if (!AccessPolicy.readsFollowUp(caller, f.getOwner().getId())) {
            throw guard.notFound(caller, "followUp", id, "not the owner");
        }
        if (f.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("followUp.conflict");
        }
        return f;
    }
}
