package org.roundtable.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.ThemeRef;
import org.roundtable.observation.Tone;
import org.roundtable.security.Restriction;

/**
 * The counting statements of the trends, each read from one index of {@code observation_theme} (V11), which carries
 * every observation's school, day, week, tone, leaders-only flag and source: nothing here reads an observation's
 * row except {@link #voices}, for the few series a rule is about to fire on. The caller's access arrives as a
 * {@link Restriction} over {@code ot.schoolId} and {@code ot.leadersOnly}; {@link Trends} chooses it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrendCounts {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    /** A count of a window and of its baseline, per school (null when summed over schools) and theme. */
    record WindowCount(Long schoolId, long themeId, int inWindow, int inBaseline) {
    }

    /** A week's count per school and theme. */
    record WeekCount(LocalDate week, long schoolId, long themeId, int count) {
    }

    /** A week's count of one theme, and how many schools it came from. */
    record ThemeWeek(LocalDate week, int count, int schools) {
    }

    /** The schools, by name, or the one school. */
    List<SchoolName> schools(Long only) {
        TypedQuery<SchoolName> q = em.createQuery("select new org.roundtable.trends.SchoolName(s.id, s.name, s.level)"
                + " from School s" + (only == null ? "" : " where s.id = :only") + " order by s.name", SchoolName.class);
        return only == null ? q.getResultList() : q.setParameter("only", only).getResultList();
    }

    /** How many schools the district has. */
    int schoolCount() {
        return em.createQuery("select count(s) from School s", Long.class).getSingleResult().intValue();
    }

    /** The district's active themes, by name: the heat map's columns and the rules' series. */
    List<ThemeRef> themes() {
        return em.createQuery("select new org.roundtable.observation.ThemeRef(t.id, t.name, t.retired) from Theme t"
                + " where t.retired = false order by t.name", ThemeRef.class).getResultList();
    }

    /**
     * A tone's observations in a window and in the baseline weeks before it, per school and theme (or per theme,
     * summed over the schools): one range of the index on tone and day, grouped.
     */
    List<WindowCount> window(Tone tone, Window window, Restriction access, boolean bySchool) {
        String school = bySchool ? "ot.schoolId, " : "";
        TypedQuery<Object[]> q = em.createQuery("select " + school + "ot.theme.id,"
                + " sum(case when ot.observedOn >= :from then 1 else 0 end),"
                + " sum(case when ot.observedOn < :from then 1 else 0 end)"
                + " from ObservationTheme ot"
                + " where ot.tone = :tone and ot.observedOn >= :baseline and ot.observedOn <= :to" + access.andClause()
                + " group by " + school + "ot.theme.id", Object[].class);
        access.bind(q).setParameter("tone", tone).setParameter("from", window.from())
                .setParameter("baseline", window.baselineFrom()).setParameter("to", window.to());
        return q.getResultList().stream().map(r -> bySchool
                ? new WindowCount((Long) r[0], (Long) r[1], number(r[2]), number(r[3]))
                : new WindowCount(null, (Long) r[0], number(r[1]), number(r[2]))).toList();
    }

    /**
     * A tone's observations per week, school and theme from one Monday to another: the index on tone and week read
     * in its own order (week, school, theme), so grouping needs no temporary table.
     */
    List<WeekCount> weeks(Tone tone, LocalDate firstWeek, LocalDate lastWeek, Restriction access) {
        TypedQuery<Object[]> q = em.createQuery("select ot.weekStart, ot.schoolId, ot.theme.id, count(*)"
                + " from ObservationTheme ot"
                + " where ot.tone = :tone and ot.weekStart >= :first and ot.weekStart <= :last" + access.andClause()
                + " group by ot.weekStart, ot.schoolId, ot.theme.id", Object[].class);
        access.bind(q).setParameter("tone", tone).setParameter("first", firstWeek).setParameter("last", lastWeek);
        return q.getResultList().stream()
                .map(r -> new WeekCount((LocalDate) r[0], (Long) r[1], (Long) r[2], number(r[3]))).toList();
    }

    /** One theme's weekly counts of a tone (at one school, or district-wide), with how many schools spoke of it. */
    List<ThemeWeek> themeWeeks(long themeId, Tone tone, Long schoolId, LocalDate firstWeek, LocalDate lastWeek,
            Restriction access) {
        TypedQuery<Object[]> q = em.createQuery("select ot.weekStart, count(*), count(distinct ot.schoolId)"
                + " from ObservationTheme ot"
                + " where ot.theme.id = :theme and ot.tone = :tone and ot.weekStart >= :first and ot.weekStart <= :last"
                + (schoolId == null ? "" : " and ot.schoolId = :school") + access.andClause()
                + " group by ot.weekStart", Object[].class);
        access.bind(q).setParameter("theme", themeId).setParameter("tone", tone)
                .setParameter("first", firstWeek).setParameter("last", lastWeek);
        if (schoolId != null) {
            q.setParameter("school", schoolId);
        }
        return q.getResultList().stream().map(r -> new ThemeWeek((LocalDate) r[0], number(r[1]), number(r[2]))).toList();
    }

    /**
     * The recent concerns per school, theme and kind of source (rounding, check-in, critical conversation), for
     * "confirmed by two sources": from the index on tone and day alone.
     */
    Map<SeriesKey, Map<SourceType, Integer>> sources(LocalDate from, LocalDate to, Restriction access) {
        TypedQuery<Object[]> q = em.createQuery("select ot.schoolId, ot.theme.id, ot.sourceType, count(*)"
                + " from ObservationTheme ot where ot.tone = :tone and ot.observedOn >= :from and ot.observedOn <= :to"
                + " and ot.sourceType is not null" + access.andClause()
                + " group by ot.schoolId, ot.theme.id, ot.sourceType", Object[].class);
        access.bind(q).setParameter("tone", Tone.CONCERN).setParameter("from", from).setParameter("to", to);
        Map<SeriesKey, Map<SourceType, Integer>> by = new HashMap<>();
        for (Object[] r : q.getResultList()) {
            by.computeIfAbsent(new SeriesKey((Long) r[0], (Long) r[1]), k -> new EnumMap<>(SourceType.class))
                    .put((SourceType) r[2], number(r[3]));
        }
        return by;
    }

    /**
     * How many different voices the concerns of each given series came from between two days: one rounding
     * conversation, one check-in, one critical conversation, or (for an observation entered on its own) one leader
     * is one voice. Reads the observations of those series only (a rule's few candidates), by primary key.
     */
    Map<SeriesKey, Integer> voices(Collection<SeriesKey> series, LocalDate from, LocalDate to, Restriction access) {
        if (series.isEmpty()) {
            return Map.of();
        }
        Set<Long> schools = new HashSet<>();
        Set<Long> themes = new HashSet<>();
        series.forEach(k -> {
            schools.add(k.schoolId());
            themes.add(k.themeId());
        });
        TypedQuery<Object[]> q = em.createQuery("select ot.schoolId, ot.theme.id, o.sourceType, o.sourceId, o.sourceItemId,"
                + " o.author.id from ObservationTheme ot join ot.observation o"
                + " where ot.tone = :tone and ot.observedOn >= :from and ot.observedOn <= :to"
                + " and ot.schoolId in :schools and ot.theme.id in :themes" + access.andClause(), Object[].class);
        access.bind(q).setParameter("tone", Tone.CONCERN).setParameter("from", from).setParameter("to", to)
                .setParameter("schools", schools).setParameter("themes", themes);
        Map<SeriesKey, Set<String>> heard = new HashMap<>();
        for (Object[] r : q.getResultList()) {
            SeriesKey key = new SeriesKey((Long) r[0], (Long) r[1]);
            if (series.contains(key)) {
                heard.computeIfAbsent(key, k -> new HashSet<>()).add(voice((SourceType) r[2], (Long) r[3], (Long) r[4], (Long) r[5]));
            }
        }
        Map<SeriesKey, Integer> counts = new HashMap<>();
        heard.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    /**
     * The voices of one school's concerns on one theme per week between two Mondays (a theme series' marks): the
     * observations of that one series, read by key.
     */
    Map<LocalDate, Set<String>> voicesByWeek(SeriesKey series, LocalDate firstWeek, LocalDate lastWeek, Restriction access) {
        TypedQuery<Object[]> q = em.createQuery("select ot.weekStart, o.sourceType, o.sourceId, o.sourceItemId, o.author.id"
                + " from ObservationTheme ot join ot.observation o"
                + " where ot.theme.id = :theme and ot.tone = :tone and ot.weekStart >= :first and ot.weekStart <= :last"
                + " and ot.schoolId = :school" + access.andClause(), Object[].class);
        access.bind(q).setParameter("theme", series.themeId()).setParameter("tone", Tone.CONCERN)
                .setParameter("first", firstWeek).setParameter("last", lastWeek).setParameter("school", series.schoolId());
        Map<LocalDate, Set<String>> byWeek = new HashMap<>();
        for (Object[] r : q.getResultList()) {
            byWeek.computeIfAbsent((LocalDate) r[0], w -> new HashSet<>())
                    .add(voice((SourceType) r[1], (Long) r[2], (Long) r[3], (Long) r[4]));
        }
        return byWeek;
    }

    /** Who an observation's words came from: its conversation, meeting or (entered on its own) its author. */
    static String voice(SourceType type, Long sourceId, Long sourceItemId, Long authorId) {
        if (type == null) {
            return "leader:" + authorId;
        }
        return switch (type) {
            case ROUNDING_VISIT -> "conversation:" + (sourceItemId != null ? sourceItemId : "visit" + sourceId);
            case CHECK_IN -> "checkIn:" + sourceId;
            case CRITICAL_CONVERSATION -> "critical:" + sourceId;
        };
    }

    private static int number(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }
}
