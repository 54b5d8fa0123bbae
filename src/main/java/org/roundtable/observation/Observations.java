package org.roundtable.observation;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.people.School;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.IdList;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.Page;
import org.roundtable.platform.AccessDeniedException;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.Restriction;
import org.roundtable.security.Guard;
import org.roundtable.platform.NotFoundException;
import org.roundtable.account.UserAccount;

/**
 * Records, revises and searches observations: the transaction boundary pages (and later capabilities) call.
 * Every method checks the caller: leaders only; a principal sees and writes only their own school, and
 * another school's observation is "not found" to them.
 */
@ApplicationScoped
@Transactional
public class Observations {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemDefaultZone();

    /** Records an observation entered on its own. */
    public long record(@NotNull @Valid ObservationDraft draft) {
        return record(draft, null, null);
    }

    /** Records an observation that comes from another capability (a rounding visit, a check-in...). */
    public long record(@NotNull @Valid ObservationDraft draft, SourceType sourceType, Long sourceId) {
        return record(draft, sourceType, sourceId, false);
    }

    /**
     * Records an observation from another capability; {@code leadersOnly} hides it from the school's principal
     * (it came from a conversation marked "district leaders only"), and only district leaders may set it.
     */
    public long record(@NotNull @Valid ObservationDraft draft, SourceType sourceType, Long sourceId, boolean leadersOnly) {
        return record(draft, sourceType, sourceId, null, leadersOnly);
    }

    /**
     * Records an observation produced by one item of a source (a conversation of a rounding visit), so that it
     * can follow that item's leaders-only flag later.
     */
    public long record(@NotNull @Valid ObservationDraft draft, SourceType sourceType, Long sourceId, Long sourceItemId,
            boolean leadersOnly) {
        Caller caller = requireLeader("observation", null);
        School school = schoolInScope(caller, draft.schoolId());
        checkDate(draft.observedOn());
        if (leadersOnly && !AccessPolicy.mayHandleLeadersOnly(caller)) {
            throw new AccessDeniedException("Only district leaders keep observations from the principal");
        }
        Observation o = new Observation(school, draft.observedOn(), draft.roleGroup(), themes(draft.themeIds(), Set.of()),
                draft.tone(), draft.text(), em.getReference(UserAccount.class, caller.userId()), sourceType, sourceId,
                sourceItemId, leadersOnly);
        em.persist(o);
        em.flush();
        audit.record(caller.username(), Action.OBSERVATION_CREATED, "observation", o.getId(), school.getName());
        return o.getId();
    }

    /**
     * Hides (or shows again) what one item of a source produced, when that item is marked district leaders only
     * or no longer (PRODUCT.md rule 7 after every edit). One statement; the caller is the item's service, which has
     * checked who may change the flag.
     *
     * @return how many observations changed
     */
    public int flagLeadersOnly(@NotNull SourceType sourceType, long sourceItemId, boolean leadersOnly) {
        Caller caller = requireLeader("observation", null);
        if (!AccessPolicy.mayHandleLeadersOnly(caller)) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "observation", null, "leaders-only flag");
            throw new AccessDeniedException("Only district leaders keep observations from the principal");
        }
        int changed = em.createQuery("""
                update Observation o set o.leadersOnly = :flag, o.version = o.version + 1
                where o.sourceType = :type and o.sourceItemId = :item and o.leadersOnly <> :flag""")
                .setParameter("flag", leadersOnly).setParameter("type", sourceType).setParameter("item", sourceItemId)
                .executeUpdate();
        em.createQuery("""
                update ObservationTheme ot set ot.leadersOnly = :flag
                where ot.leadersOnly <> :flag and ot.observation.id in
                    (select o.id from Observation o where o.sourceType = :type and o.sourceItemId = :item)""")
                .setParameter("flag", leadersOnly).setParameter("type", sourceType).setParameter("item", sourceItemId)
                .executeUpdate();
        em.flush();
        return changed;
    }

    /**
     * How many observations of each theme and tone a school had since a day, as the caller may see them (the prep
     * packet): one grouped statement.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeToneCount> themeToneCounts(long schoolId, @NotNull LocalDate since) {
        Caller caller = requireLeader("observations", schoolId);
        if (!AccessPolicy.seesSchool(caller, schoolId)) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "school", schoolId, "observation counts");
            throw new NotFoundException("school " + schoolId);
        }
        Restriction hidden = AccessPolicy.leadersOnlyHidden(caller, "o.leadersOnly");
        return hidden.bind(em.createQuery("""
                select new org.roundtable.observation.ThemeToneCount(t.name, o.tone, count(o))
                from Observation o join o.themes ot join ot.theme t
                where o.school.id = :school and o.observedOn >= :since""" + hidden.andClause()
                        + " group by t.name, o.tone order by t.name, o.tone", ThemeToneCount.class))
                .setParameter("school", schoolId).setParameter("since", since)
                .getResultList();
    }

    /**
     * Revises an observation its author wrote.
     *
     * @param expectedVersion the version the form was opened with
     * @throws ConcurrentEditException when someone saved it since
     */
    public void revise(long id, long expectedVersion, @NotNull @Valid ObservationDraft draft) {
        Caller caller = requireLeader("observation", id);
        Observation o = visible(caller, id);
        if (!o.getAuthor().getId().equals(caller.userId())) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "observation", id, "revise: not the author");
            throw new AccessDeniedException("Only the author revises an observation");
        }
        if (o.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("observation.conflict");
        }
        School school = schoolInScope(caller, draft.schoolId());
        checkDate(draft.observedOn());
        Set<Long> keep = new HashSet<>();
        o.getThemes().forEach(t -> keep.add(t.getId()));
        o.revise(school, draft.observedOn(), draft.roleGroup(), themes(draft.themeIds(), keep), draft.tone(), draft.text());
        em.flush();
        audit.record(caller.username(), Action.OBSERVATION_REVISED, "observation", id, null);
    }

    /** One observation, or {@link NotFoundException} when it does not exist or the caller may not see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObservationDetail find(long id) {
        Caller caller = requireLeader("observation", id);
        Observation o = visible(caller, id);
        List<ThemeRef> themes = o.getThemes().stream()
                .map(t -> new ThemeRef(t.getId(), t.getName(), t.isRetired()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
        return new ObservationDetail(o.getId(), o.getSchool().getId(), o.getSchool().getName(), o.getObservedOn(),
                o.getRoleGroup(), o.getTone(), o.getText(), o.getAuthor().getDisplayName(), o.getSourceType(),
                o.getSourceId(), themes, o.getCreatedAt(), o.getUpdatedAt(), o.getVersion(),
                o.getAuthor().getId().equals(caller.userId()));
    }

    /**
     * One page of the observations the caller may see, filtered and sorted in SQL, in at most five statements
     * whatever the page size and however many observations there are: the page's ids, read on an index that matches
     * the order (see {@link Source}: the database reads the page, not the table; at a million observations a join to
     * the school first made it sort every row); then those rows with their school and author; their themes; and the
     * count, exact up to {@link #COUNT_LIMIT} and "more than that" beyond it (see {@link #count}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ObservationRow> search(@NotNull ObservationFilter filter, @Min(0) int first,
            @Min(1) @Max(MAX_PAGE_SIZE) int pageSize, ObservationSort sort, boolean ascending) {
        Caller caller = requireLeader("observations", null);
        requireSchoolInScope(caller, filter.schoolId());
        ObservationSort by = sort == null ? ObservationSort.DATE : sort;
        Map<String, Object> params = new HashMap<>();
        Source source = Source.of(filter);
        String from = source.from() + where(caller, filter, params, source);
        List<Long> ids = ids(source, from, params, by, ascending, first, pageSize);
        long total = ids.isEmpty() && first == 0 ? 0
                : ids.size() < pageSize && first == 0 ? ids.size() : count(source, from, params);
        boolean more = total > COUNT_LIMIT;
        // a page past the end (a bookmark of a list that has since shrunk) has the list's own count, not its offset
        long seen = ids.isEmpty() ? 0 : (long) first + ids.size();
        return new Page<>(withThemes(rowsOf(ids)), more ? COUNT_LIMIT : Math.max(total, seen), more);
    }

    /**
     * Refuses a filter on a school outside the caller's scope (a principal's address naming another school): audited,
     * and answered as not found, so the address does not even tell whether the school exists.
     */
    public void requireSchoolInScope(Long schoolId) {
        requireSchoolInScope(requireLeader("observations", null), schoolId);
    }

    private void requireSchoolInScope(Caller caller, Long schoolId) {
        if (schoolId != null && !AccessPolicy.seesSchool(caller, schoolId)) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "school", schoolId, "observation search");
            throw new NotFoundException("school " + schoolId);
        }
    }

    /** The newest observations the caller may see (the home page): three statements, nothing counted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObservationRow> recent(@Min(1) @Max(MAX_PAGE_SIZE) int count) {
        Caller caller = requireLeader("observations", null);
        ObservationFilter none = ObservationFilter.none();
        Map<String, Object> params = new HashMap<>();
        Source source = Source.of(none);
        String from = source.from() + where(caller, none, params, source);
        return withThemes(rowsOf(ids(source, from, params, ObservationSort.DATE, false, 0, count)));
    }

    /** One page of ids, in the page's order. */
    private List<Long> ids(Source source, String from, Map<String, Object> params, ObservationSort by, boolean ascending,
            int first, int size) {
        TypedQuery<Long> q = em.createQuery("select " + source.id() + " from " + from
                + " order by " + by.orderBy(source.alias(), source.day(), source.id(), ascending), Long.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * Where a list's ids are read from: filtered by theme, from the theme's rows alone, which carry everything a
     * filter or an order needs (school, day, leaders-only flag, tone, role group; indexed by theme and each of them
     * with the day, V8 and V9); otherwise from {@code observation} itself.
     */
    private record Source(String from, String alias, String id, String school, String day, String leadersOnly) {

        static Source of(ObservationFilter f) {
            return f.themeId() == null
                    ? new Source("Observation o", "o", "o.id", "o.school.id", "o.observedOn", "o.leadersOnly")
                    : new Source("ObservationTheme ot", "ot", "ot.observation.id", "ot.schoolId", "ot.observedOn", "ot.leadersOnly");
        }
    }

    /** A count past which the list says "more than 10,000" instead of counting a million rows on every page. */
    public static final long COUNT_LIMIT = 10_000;

    /**
     * How many observations match, exactly up to {@link #COUNT_LIMIT}; {@code COUNT_LIMIT + 1} means more. Whether
     * there are more is asked first, by reading one id past the limit in no particular order (an index range of
     * that length, not a count of every match); only a smaller set is counted.
     */
    private long count(Source source, String from, Map<String, Object> params) {
        TypedQuery<Long> beyond = em.createQuery("select " + source.id() + " from " + from, Long.class);
        params.forEach(beyond::setParameter);
        if (!beyond.setFirstResult((int) COUNT_LIMIT).setMaxResults(1).getResultList().isEmpty()) {
            return COUNT_LIMIT + 1;
        }
        TypedQuery<Long> q = em.createQuery("select count(*) from " + from, Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The rows of a page, read by id with their school and author, in the order of the ids. */
    private List<ObservationRow> rowsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ObservationRow> byId = new HashMap<>();
        IdList.bind(em.createQuery("""
                select new org.roundtable.observation.ObservationRow(
                    o.id, o.observedOn, s.id, s.name, o.roleGroup, o.tone, o.text, a.displayName, o.sourceType)
                from Observation o join o.school s join o.author a
                where\s""" + IdList.in("o.id", ids.size()),
                        ObservationRow.class), ids)
                .getResultList()
                .forEach(r -> byId.put(r.id(), r));
        // an observation removed between the two statements is left out rather than shown as an empty row
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** How many observations of each tone the caller's scope has since the given day (one grouped query). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Tone, Long> toneCounts(@NotNull LocalDate since) {
        Caller caller = requireLeader("observations", null);
        Map<String, Object> params = new HashMap<>();
        ObservationFilter f = new ObservationFilter(null, null, null, null, since, null);
        String where = where(caller, f, params, Source.of(f));
        TypedQuery<Object[]> q = em.createQuery(
                "select o.tone, count(o) from Observation o" + where + " group by o.tone", Object[].class);
        params.forEach(q::setParameter);
        Map<Tone, Long> counts = new EnumMap<>(Tone.class);
        for (Tone t : Tone.values()) {
            counts.put(t, 0L);
        }
        for (Object[] r : q.getResultList()) {
            counts.put((Tone) r[0], (Long) r[1]);
        }
        return counts;
    }

    /** The filter and the caller's access as a JPQL where clause over the source's school and day. */
    private static String where(Caller caller, ObservationFilter f, Map<String, Object> params, Source source) {
        List<String> clauses = new ArrayList<>();
        Restriction readable = AccessPolicy.readable(caller, source.school(), source.leadersOnly());
        if (!readable.clause().isEmpty()) {
            clauses.add(readable.clause());
            readable.into(params);
        }
        if (f.schoolId() != null) {
            clauses.add(source.school() + " = :school");
            params.put("school", f.schoolId());
        }
        if (f.themeId() != null) {
            clauses.add("ot.theme.id = :theme");
            params.put("theme", f.themeId());
        }
        if (f.tone() != null) {
            clauses.add(source.alias() + ".tone = :tone");
            params.put("tone", f.tone());
        }
        if (f.roleGroup() != null) {
            clauses.add(source.alias() + ".roleGroup = :roleGroup");
            params.put("roleGroup", f.roleGroup());
        }
        if (f.from() != null) {
            clauses.add(source.day() + " >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            clauses.add(source.day() + " <= :to");
            params.put("to", f.to());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private List<ObservationRow> withThemes(List<ObservationRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(ObservationRow::id).toList();
        Map<Long, List<String>> names = new LinkedHashMap<>();
        IdList.bind(em.createQuery("select ot.observation.id, t.name from ObservationTheme ot join ot.theme t where "
                        + IdList.in("ot.observation.id", ids.size()), Object[].class), ids)
                .getResultList()
                .forEach(r -> names.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        // a row's few theme names in order here, rather than a sort (and a temporary table) in the database
        names.values().forEach(n -> n.sort(String.CASE_INSENSITIVE_ORDER));
        return rows.stream().map(r -> r.withThemes(names.getOrDefault(r.id(), List.of()))).toList();
    }

    private Caller requireLeader(String targetType, Object targetId) {
        return guard.requireLeader(targetType, targetId);
    }

    private Observation visible(Caller caller, long id) {
        Observation o = em.createQuery("""
                select distinct o from Observation o join fetch o.school join fetch o.author left join fetch o.themes ot
                left join fetch ot.theme where o.id = :id""", Observation.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("observation " + id));
        if (!AccessPolicy.seesSchool(caller, o.getSchool().getId())) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "observation", id, "another school");
            throw new NotFoundException("observation " + id);
        }
        if (!AccessPolicy.mayRead(caller, o.getSchool().getId(), o.isLeadersOnly())) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "observation", id, "district leaders only");
            throw new NotFoundException("observation " + id);
        }
        return o;
    }

    private School schoolInScope(Caller caller, long schoolId) {
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new InvalidRequestException("school", "observation.school.unknown");
        }
        if (!AccessPolicy.seesSchool(caller, schoolId)) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "school", schoolId, "observation for another school");
            throw new AccessDeniedException("A principal records observations for their own school only");
        }
        return school;
    }

    private void checkDate(LocalDate observedOn) {
        LocalDate today = LocalDate.now(clock);
        if (observedOn.isAfter(today)) {
            throw new InvalidRequestException("observedOn", "observation.date.future");
        }
        if (observedOn.isBefore(today.minusYears(ObservationDraft.MAX_AGE_YEARS))) {
            throw new InvalidRequestException("observedOn", "observation.date.tooOld");
        }
    }

    /** The themes named by id; retired themes are refused unless the observation already had them. */
    private Set<Theme> themes(Set<Long> ids, Set<Long> alreadyChosen) {
        List<Theme> found = em.createQuery("select t from Theme t where t.id in :ids", Theme.class)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.size()) {
            throw new InvalidRequestException("themes", "observation.themes.unknown");
        }
        for (Theme t : found) {
            if (t.isRetired() && !alreadyChosen.contains(t.getId())) {
                throw new InvalidRequestException("themes", "observation.themes.retired");
            }
        }
        return new HashSet<>(found);
    }
}
