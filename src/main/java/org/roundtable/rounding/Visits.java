package org.roundtable.rounding;

import org.roundtable.account.LeaderRef;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.observation.ObservationFilter;
import org.roundtable.observation.ObservationSort;
import org.roundtable.observation.Observations;
import org.roundtable.people.School;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.Restriction;
import org.roundtable.security.Guard;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;

/**
 * Plans, moves, cancels and completes rounding visits, and answers the calendar, coverage and "before you go"
 * questions. District leaders plan and manage visits; a principal reads the visits to their own school.
 */
@ApplicationScoped
@Transactional
public class Visits {

    /** The longest calendar range one request may load (a month view with its spill-over weeks fits easily). */
    public static final int MAX_RANGE_DAYS = 100;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    Observations observations;

    @Inject
    FollowUps followUps;

    @Inject
    Recognitions recognitions;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_COVERAGE_DAYS", defaultValue = "30")
    int coverageDays;

    Clock clock = Clock.systemDefaultZone();

    /** Plans a visit; it may not start in the past. */
    public long plan(@NotNull @Valid VisitDraft draft) {
        Caller caller = guard.requireDistrictLeader("visit", null);
        Visit v = Visit.plan(school(draft.schoolId()), draft.startsAt(), draft.durationMinutes(), draft.focus(),
                leaders(draft.leaderIds()), me(caller), now());
        em.persist(v);
        em.flush();
        audit.record(caller.username(), Action.VISIT_PLANNED, "visit", v.getId(), v.getSchool().getName());
        return v.getId();
    }

    /** Starts an unplanned visit now, with the caller as its leader. */
    public long walkIn(long schoolId) {
        Caller caller = guard.requireDistrictLeader("visit", null);
        Visit v = Visit.walkIn(school(schoolId), me(caller), now());
        em.persist(v);
        em.flush();
        audit.record(caller.username(), Action.VISIT_PLANNED, "visit", v.getId(), "walk-in at " + v.getSchool().getName());
        return v.getId();
    }

    /** Changes a planned visit. */
    public void replan(long id, long expectedVersion, @NotNull @Valid VisitDraft draft) {
        Caller caller = guard.requireDistrictLeader("visit", id);
        Visit v = current(id, expectedVersion);
        v.replan(school(draft.schoolId()), draft.startsAt(), draft.durationMinutes(), draft.focus(),
                leaders(draft.leaderIds()), now());
        em.flush();
        audit.record(caller.username(), Action.VISIT_CHANGED, "visit", id, null);
    }

    /** Moves a planned visit to a new start (dragged on the calendar). */
    public void reschedule(long id, long expectedVersion, @NotNull(message = "{visit.start.required}") LocalDateTime startsAt) {
        Caller caller = guard.requireDistrictLeader("visit", id);
        Visit v = current(id, expectedVersion);
        v.reschedule(startsAt, now());
        em.flush();
        audit.record(caller.username(), Action.VISIT_CHANGED, "visit", id, "moved to " + startsAt);
    }

    public void cancel(long id, long expectedVersion, @Size(max = Visit.MAX_REASON, message = "{visit.cancel.reason.size}") String reason) {
        Caller caller = guard.requireDistrictLeader("visit", id);
        Visit v = current(id, expectedVersion);
        v.cancel(reason);
        em.flush();
        audit.record(caller.username(), Action.VISIT_CANCELLED, "visit", id, null);
    }

    public void complete(long id, long expectedVersion) {
        Caller caller = guard.requireDistrictLeader("visit", id);
        Visit v = current(id, expectedVersion);
        v.complete(now(), Instant.now(clock));
        em.flush();
        audit.record(caller.username(), Action.VISIT_COMPLETED, "visit", id, null);
    }

    /** One visit, or not-found when it does not exist or is another school's (for a principal). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitDetail find(long id) {
        Caller caller = guard.requireLeader("visit", id);
        Visit v = em.createQuery("""
                select distinct v from Visit v join fetch v.school left join fetch v.leaders where v.id = :id""", Visit.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> guard.notFound(caller, "visit", id, "no such visit"));
        if (!AccessPolicy.seesSchool(caller, v.getSchool().getId())) {
            throw guard.notFound(caller, "visit", id, "another school's visit");
        }
        Restriction shown = AccessPolicy.visibleVisit(caller, "v");
        if (!shown.clause().isEmpty() && shown.bind(em.createQuery(
                "select count(v) from Visit v where v.id = :id" + shown.andClause(), Long.class))
                .setParameter("id", id).getSingleResult() == 0) {
            throw guard.notFound(caller, "visit", id, "a visit for district leaders only");
        }
        List<LeaderRef> leaders = v.getLeaders().stream()
                .map(u -> new LeaderRef(u.getId(), u.getDisplayName()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        return new VisitDetail(v.getId(), v.getSchool().getId(), v.getSchool().getName(), v.getSchool().getLevel(), v.getStartsAt(),
                v.getDurationMinutes(), AccessPolicy.leadersOnlyText(caller, v.getFocus()), v.getStatus(), v.isWalkIn(),
                v.getCancelReason(), leaders,
                v.getVersion(), caller.isDistrictLeader(), caller.isDistrictLeader() && v.acceptsConversations(now()));
    }

    /**
     * The visits the caller may see that overlap [from, to): two statements (the visits, their leaders).
     *
     * @param includeCancelled whether cancelled visits are listed too
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitEvent> calendar(@NotNull LocalDateTime from, @NotNull LocalDateTime to, boolean includeCancelled) {
        Caller caller = guard.requireLeader("visits", null);
        if (!to.isAfter(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw new InvalidRequestException("to", "visit.range");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder jpql = new StringBuilder("""
                select new org.roundtable.rounding.VisitEvent(v.id, s.id, s.name, v.startsAt, v.durationMinutes,
                    v.status, v.walkIn, v.focus, v.version)
                from Visit v join v.school s
                where v.startsAt < :to and v.startsAt >= :earliest""");
        // A visit lasts at most MAX_MINUTES, so one starting before from minus that cannot overlap the range.
        params.put("to", to);
        params.put("earliest", from.minusMinutes(Visit.MAX_MINUTES));
        Restriction readable = AccessPolicy.inScope(caller, "s.id").and(AccessPolicy.visibleVisit(caller, "v"));
        jpql.append(readable.andClause());
        readable.into(params);
        if (!includeCancelled) {
            jpql.append(" and v.status <> :cancelled");
            params.put("cancelled", VisitStatus.CANCELLED);
        }
        jpql.append(" order by v.startsAt, v.id");
        TypedQuery<VisitEvent> q = em.createQuery(jpql.toString(), VisitEvent.class);
        params.forEach(q::setParameter);
        List<VisitEvent> events = q.getResultList().stream().filter(e -> e.endsAt().isAfter(from))
                .map(e -> e.withFocus(AccessPolicy.leadersOnlyText(caller, e.focus()))).toList();
        return withLeaders(events);
    }

    /** The next planned visits the caller may see (the home page and the phone list under the calendar). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitEvent> upcoming(@Min(1) @Max(50) int count) {
        Caller caller = guard.requireLeader("visits", null);
        return upcoming(caller, AccessPolicy.inScope(caller, "s.id"), count);
    }

    private List<VisitEvent> upcoming(Caller caller, Restriction where, int count) {
        Restriction readable = where.and(AccessPolicy.visibleVisit(caller, "v"));
        TypedQuery<VisitEvent> q = readable.bind(em.createQuery("""
                select new org.roundtable.rounding.VisitEvent(v.id, s.id, s.name, v.startsAt, v.durationMinutes,
                    v.status, v.walkIn, v.focus, v.version)
                from Visit v join v.school s
                where v.status = :planned and v.startsAt >= :from""" + readable.andClause() + " order by v.startsAt, v.id",
                VisitEvent.class))
                .setParameter("planned", VisitStatus.PLANNED)
                .setParameter("from", now().toLocalDate().atStartOfDay());
        return withLeaders(q.setMaxResults(count).getResultList().stream()
                .map(e -> e.withFocus(AccessPolicy.leadersOnlyText(caller, e.focus()))).toList());
    }

    /** The next planned visits to one school (the prep packet), if the caller sees that school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitEvent> upcomingAt(long schoolId, @Min(1) @Max(50) int count) {
        Caller caller = guard.requireLeader("visits", schoolId);
        if (!AccessPolicy.seesSchool(caller, schoolId)) {
            throw guard.notFound(caller, "school", schoolId, "visits to another school");
        }
        return upcoming(caller, AccessPolicy.inScope(caller, "s.id").and(new Restriction("s.id = :school",
                java.util.Map.of("school", schoolId))), count);
    }

    /** Coverage with the configured window (ROUNDTABLE_COVERAGE_DAYS, 30 by default). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage() {
        return coverage(coverageDays);
    }

    /**
     * How many schools are due a visit (none completed within the configured window; never visited counts): the
     * number {@link #coverage()} lists, in one count over the index on (school, status, start) — the home page's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long dueCount() {
        guard.requireDistrictLeader("coverage", null);
        LocalDate today = now().toLocalDate();
        return em.createQuery("""
                select count(s) from School s where not exists (select v.id from Visit v where v.school = s
                    and v.status = :completed and v.startsAt >= :since and v.startsAt < :tomorrow)""", Long.class)
                .setParameter("completed", VisitStatus.COMPLETED)
                .setParameter("since", today.minusDays(coverageDays).atStartOfDay())
                .setParameter("tomorrow", today.plusDays(1).atStartOfDay())
                .getSingleResult();
    }

    /**
     * Which schools have not been visited within the window, least recently visited first, and completed visits
     * per school and per leader this term. Two grouped statements, whatever the number of visits.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage(@Min(1) @Max(365) int windowDays) {
        guard.requireDistrictLeader("coverage", null);
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        // A visit is completed from its day on, sometimes before its planned hour: it counts at once.
        LocalDateTime tomorrow = today.plusDays(1).atStartOfDay();
        Term term = Term.containing(today);
        // Per school, the last visit and the term's count each from the index on (school, status, start): one probe
        // and the term's range, not a join of every visit the district ever made (which grew with its years).
        List<CoverageRow> schools = em.createQuery("""
                select new org.roundtable.rounding.CoverageRow(s.id, s.name,
                    (select max(v.startsAt) from Visit v where v.school = s and v.status = :completed and v.startsAt < :tomorrow),
                    (select count(v) from Visit v where v.school = s and v.status = :completed
                        and v.startsAt >= :termStart and v.startsAt < :tomorrow))
                from School s""", CoverageRow.class)
                .setParameter("termStart", term.first().atStartOfDay())
                .setParameter("completed", VisitStatus.COMPLETED)
                .setParameter("tomorrow", tomorrow)
                .getResultStream()
                // never visited first, then the longest since a visit, then by name
                .sorted(Comparator.comparing(CoverageRow::lastVisit, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(CoverageRow::schoolName))
                .toList();
        List<LeaderCount> leaders = em.createQuery("""
                select new org.roundtable.rounding.LeaderCount(u.id, u.displayName, count(v))
                from Visit v join v.leaders u
                where v.status = :completed and v.startsAt >= :termStart and v.startsAt < :tomorrow
                group by u.id, u.displayName
                order by count(v) desc, u.displayName""", LeaderCount.class)
                .setParameter("completed", VisitStatus.COMPLETED)
                .setParameter("termStart", term.first().atStartOfDay())
                .setParameter("tomorrow", tomorrow)
                .getResultList();
        List<CoverageRow> due = schools.stream().filter(r -> r.due(today, windowDays)).toList();
        return new Coverage(term, windowDays, today, schools, due, leaders);
    }

    /**
     * What to read before a visit: the people leaders talked with at that school (with what was on their mind
     * the last time), open follow-ups, recognitions still waiting for a thank-you, and recent observations.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BeforeYouGo beforeYouGo(long visitId) {
        guard.requireDistrictLeader("visit", visitId);
        VisitDetail visit = find(visitId);
        List<PersonMemory> people = em.createQuery("""
                select new org.roundtable.rounding.PersonMemory(m.id, m.fullName, m.roleGroup, v.startsAt,
                    a.displayName, c.onTheirMind,
                    (select count(c2) from Conversation c2 where c2.staffMember = m))
                from Conversation c join c.staffMember m join c.visit v join c.author a
                where m.school.id = :school
                  and c.id = (select max(c3.id) from Conversation c3 where c3.staffMember = m)
                order by v.startsAt desc, m.fullName""", PersonMemory.class)
                .setParameter("school", visit.schoolId())
                .setMaxResults(30)
                .getResultList();
        List<FollowUpRow> open = followUps.openAtSchool(visit.schoolId());
        List<RecognitionRow> waiting = recognitions.unacknowledgedAtSchool(visit.schoolId());
        var recent = observations.search(new ObservationFilter(visit.schoolId(), null, null, null,
                now().toLocalDate().minusDays(30), null), 0, 10, ObservationSort.DATE, false).rows();
        return new BeforeYouGo(visit, people, open, waiting, recent);
    }

    /** The district leaders who can lead a visit (the planning form's choices). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeaderRef> districtLeaders() {
        guard.requireLeader("visits", null);
        return em.createQuery("""
                select distinct new org.roundtable.account.LeaderRef(u.id, u.displayName)
                from UserAccount u join u.roles r
                where u.active = true and r in :roles
                order by u.displayName""", LeaderRef.class)
                .setParameter("roles", Set.of(Role.SUPERINTENDENT, Role.ASSISTANT_SUPERINTENDENT))
                .getResultList();
    }

    private List<VisitEvent> withLeaders(List<VisitEvent> events) {
        if (events.isEmpty()) {
            return events;
        }
        Map<Long, List<String>> names = new LinkedHashMap<>();
        em.createQuery("select v.id, u.displayName from Visit v join v.leaders u where v.id in :ids order by u.displayName",
                        Object[].class)
                .setParameter("ids", events.stream().map(VisitEvent::id).toList())
                .getResultList()
                .forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return events.stream().map(e -> e.withLeaders(names.getOrDefault(e.id(), List.of()))).toList();
    }

    private Visit current(long id, long expectedVersion) {
        Visit v = em.find(Visit.class, id);
        if (v == null) {
            throw new InvalidRequestException(null, "visit.gone");
        }
        if (v.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("visit.conflict");
        }
        return v;
    }

    private School school(Long id) {
        School s = id == null ? null : em.find(School.class, id);
        if (s == null) {
            throw new InvalidRequestException("schoolId", "visit.school.required");
        }
        return s;
    }

    /** The leaders named, all active district leaders. */
    private Set<UserAccount> leaders(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequestException("leaderIds", "visit.leaders.required");
        }
        List<UserAccount> found = em.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.size() || found.stream().anyMatch(u -> !u.isActive()
                || u.getRoles().stream().noneMatch(Role::isDistrictLeader))) {
            throw new InvalidRequestException("leaderIds", "visit.leaders.districtOnly");
        }
        return new HashSet<>(found);
    }

    private UserAccount me(Caller caller) {
        return em.getReference(UserAccount.class, caller.userId());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
