package org.roundtable.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.observation.ObservationTheme;
import org.roundtable.observation.ThemeRef;
import org.roundtable.observation.Tone;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.Guard;
import org.roundtable.security.Restriction;

/**
 * The trends and early warning: the heat map, a theme's weekly series and the emerging problems, for leaders only.
 * District leaders see every school; a principal sees their own school's figures beside district-wide totals, and
 * neither counts what the caller may not read (a conversation marked district leaders only, PRODUCT.md rules 4
 * and 7; private check-in notes never become observations). Every figure is counted in SQL from the theme rows'
 * indexes ({@link TrendCounts}); the rules are plain Java over those counts ({@link #RULES}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Trends {

    /** The rules the emerging problems are raised by, in the order the list shows them. */
    static final List<Rule> RULES = List.of(new Spreading(), new RisingConcern(), new ConfirmedBySources(), new Shift());
    /** The longest weekly series shown. */
    public static final int MAX_SERIES_WEEKS = 156;

    @Inject
    TrendCounts counts;

    @Inject
    Guard guard;

    Clock clock = Clock.systemDefaultZone();

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest complete week's Monday: the rules judge whole weeks, Monday to Sunday. */
    public LocalDate lastCompleteWeek() {
        return ObservationTheme.weekOf(today()).minusWeeks(1);
    }

    /** The schools whose figures the caller sees: every school for district leaders, a principal's own. */
    public List<SchoolName> schools() {
        return counts.schools(AccessPolicy.schoolScope(guard.requireLeader("trends", null)));
    }

    /** How many schools the district has (a school's series is shown beside the district's average per school). */
    public int schoolCount() {
        guard.requireLeader("trends", null);
        return counts.schoolCount();
    }

    /** The district's active themes, the heat map's columns. */
    public List<ThemeRef> themes() {
        guard.requireLeader("trends", null);
        return counts.themes();
    }

    /**
     * Refuses a school the caller does not see (a principal's address naming another school) or that does not
     * exist: audited, and "not found" either way, so the address does not tell whether it exists.
     */
    public SchoolName requireSchool(long schoolId) {
        Caller caller = guard.requireLeader("trends", schoolId);
        if (!AccessPolicy.seesSchool(caller, schoolId)) {
            throw guard.notFound(caller, "school", schoolId, "trends of another school");
        }
        return counts.schools(schoolId).stream().findFirst().orElseThrow(() -> new NotFoundException("school " + schoolId));
    }

    /** Refuses a theme that does not exist or is retired. */
    public ThemeRef requireTheme(long themeId) {
        return themes().stream().filter(t -> t.id() == themeId).findFirst()
                .orElseThrow(() -> new NotFoundException("theme " + themeId));
    }

    /**
     * The heat map of a tone over a window: one row per school the caller sees and the district's totals. Two
     * grouped statements at most (the rows; for a principal, the district totals without what they may not read).
     */
    public HeatMap heatMap(@NotNull Window window, @NotNull Tone tone, @NotNull HeatMap.Sort sort) {
        Caller caller = guard.requireLeader("trends", null);
        checkWindow(window);
        List<ThemeRef> themes = counts.themes();
        List<SchoolName> schools = counts.schools(AccessPolicy.schoolScope(caller));
        Map<SeriesKey, TrendCounts.WindowCount> bySchool = new HashMap<>();
        for (TrendCounts.WindowCount c : counts.window(tone, window,
                AccessPolicy.readable(caller, "ot.schoolId", "ot.leadersOnly"), true)) {
            bySchool.put(new SeriesKey(c.schoolId(), c.themeId()), c);
        }
        List<HeatMap.Row> rows = new ArrayList<>();
        for (SchoolName s : schools) {
            rows.add(row(s.id(), s.name(), s, themes, t -> bySchool.get(new SeriesKey(s.id(), t)), window));
        }
        Map<Long, TrendCounts.WindowCount> totals = new HashMap<>();
        if (AccessPolicy.schoolScope(caller) == null) {
            bySchool.values().forEach(c -> totals.merge(c.themeId(), new TrendCounts.WindowCount(null, c.themeId(),
                    c.inWindow(), c.inBaseline()), (a, b) -> new TrendCounts.WindowCount(null, a.themeId(),
                    a.inWindow() + b.inWindow(), a.inBaseline() + b.inBaseline())));
        } else {
            counts.window(tone, window, AccessPolicy.trendTotals(caller, "ot.leadersOnly"), false)
                    .forEach(c -> totals.put(c.themeId(), c));
        }
        HeatMap.Row total = row(null, null, null, themes, totals::get, window);
        rows.sort(switch (sort) {
            case NAME -> Comparator.comparing(HeatMap.Row::name, String.CASE_INSENSITIVE_ORDER);
            case LEVEL -> Comparator.comparing(HeatMap.Row::level).thenComparing(HeatMap.Row::name, String.CASE_INSENSITIVE_ORDER);
            case TOTAL -> Comparator.comparingInt(HeatMap.Row::total).reversed()
                    .thenComparing(HeatMap.Row::name, String.CASE_INSENSITIVE_ORDER);
        });
        return new HeatMap(window, tone, themes, List.copyOf(rows), total);
    }

    private static HeatMap.Row row(Long schoolId, String name, SchoolName school, List<ThemeRef> themes,
            java.util.function.LongFunction<TrendCounts.WindowCount> count, Window window) {
        List<HeatMap.Cell> cells = new ArrayList<>(themes.size());
        int total = 0;
        for (ThemeRef t : themes) {
            TrendCounts.WindowCount c = count.apply(t.id());
            int n = c == null ? 0 : c.inWindow();
            double baseline = c == null ? 0 : c.inBaseline() / (double) Window.BASELINE_WEEKS;
            cells.add(new HeatMap.Cell(t.id(), n, baseline, Band.of(n, window.weeks(), baseline)));
            total += n;
        }
        return new HeatMap.Row(schoolId, name, school == null ? null : school.level(), List.copyOf(cells), total);
    }

    private void checkWindow(Window window) {
        if (window.to().isAfter(today())) {
            throw new InvalidRequestException("window", "trends.window.future");
        }
        if (window.days() > Window.MAX_DAYS) {
            throw new InvalidRequestException("window", "trends.window.tooLong");
        }
    }

    /**
     * One theme's weekly series of a tone over the last {@code weeks} complete weeks, district-wide (null school) or
     * at one school the caller sees, with the weeks the rising-concern rule fired and the same number of weeks
     * before for comparison. One grouped statement, plus one for the voices of a school's concerns (district-wide,
     * each school that spoke of it is at least one voice).
     */
    public ThemeSeries series(long themeId, Long schoolId, @NotNull Tone tone, int weeks) {
        Caller caller = guard.requireLeader("trends", schoolId);
        if (weeks < 1 || weeks > MAX_SERIES_WEEKS) {
            throw new InvalidRequestException("weeks", "trends.weeks.invalid");
        }
        SchoolName school = schoolId == null ? null : requireSchool(schoolId);
        ThemeRef theme = requireTheme(themeId);
        Restriction access = schoolId == null ? AccessPolicy.trendTotals(caller, "ot.leadersOnly")
                : AccessPolicy.readable(caller, "ot.schoolId", "ot.leadersOnly");
        LocalDate last = lastCompleteWeek();
        // the weeks shown, the same number before them, and the rule's own look-back before the first shown
        int span = 2 * weeks + RisingConcern.WEEKS_NEEDED - 1;
        LocalDate first = last.minusWeeks(span - 1L);
        int[] count = new int[span];
        int[] schools = new int[span];
        for (TrendCounts.ThemeWeek w : counts.themeWeeks(themeId, tone, schoolId, first, last, access)) {
            int i = (int) ChronoUnit.WEEKS.between(first, w.week());
            count[i] = w.count();
            schools[i] = w.schools();
        }
        Map<LocalDate, Set<String>> voices = tone != Tone.CONCERN || schoolId == null ? Map.of()
                : counts.voicesByWeek(new SeriesKey(schoolId, themeId), first, last, access);
        List<ThemeSeries.Week> shown = new ArrayList<>(weeks);
        int total = 0;
        int before = 0;
        for (int i = span - weeks; i < span; i++) {
            LocalDate week = first.plusWeeks(i);
            int heard = schoolId == null ? Math.max(schools[i], schools[i - 1])
                    : union(voices.get(week), voices.get(week.minusWeeks(1)));
            shown.add(new ThemeSeries.Week(week, count[i], tone == Tone.CONCERN && firesAt(count, i, heard)));
            total += count[i];
            before += count[i - weeks];
        }
        return new ThemeSeries(theme, schoolId, school == null ? null : school.name(), tone, List.copyOf(shown), total, before);
    }

    /** Whether the rising-concern rule fires on the weeks up to the {@code end}-th. */
    private static boolean firesAt(int[] count, int end, int voices) {
        int from = end - RisingConcern.WEEKS_NEEDED + 1;
        return from >= 0 && RisingConcern.judge(new WeeklyCounts(new SeriesKey(null, 0),
                java.util.Arrays.copyOfRange(count, from, end + 1), voices)) != null;
    }

    /** How many different voices two weeks had together. */
    private static int union(Set<String> one, Set<String> other) {
        Set<String> both = new HashSet<>();
        if (one != null) {
            both.addAll(one);
        }
        if (other != null) {
            both.addAll(other);
        }
        return both.size();
    }

    /**
     * The emerging problems as of the latest complete week: every rule over every school's weekly concerns of the
     * last {@value RisingConcern#WEEKS_NEEDED} weeks. For a principal the counts leave out what they may not read and
     * only their own school's signals are shown (the district's medians still come from every school).
     */
    public List<SignalView> signals() {
        Caller caller = guard.requireLeader("trends", null);
        return signals(AccessPolicy.trendTotals(caller, "ot.leadersOnly"), AccessPolicy.schoolScope(caller));
    }

    /**
     * The emerging problems as district leaders see them, for the weekly digest (which runs on a timer, for every
     * district leader at once: no caller).
     */
    List<SignalView> districtSignals() {
        return signals(Restriction.NONE, null);
    }

    private List<SignalView> signals(Restriction access, Long scope) {
        LocalDate last = lastCompleteWeek();
        LocalDate first = last.minusWeeks(RisingConcern.WEEKS_NEEDED - 1L);
        LocalDate end = last.plusDays(6);
        List<SchoolName> schools = counts.schools(null);
        List<ThemeRef> themes = counts.themes();
        Map<SeriesKey, int[]> weekly = new LinkedHashMap<>();
        for (SchoolName s : schools) {
            for (ThemeRef t : themes) {
                weekly.put(new SeriesKey(s.id(), t.id()), new int[RisingConcern.WEEKS_NEEDED]);
            }
        }
        for (TrendCounts.WeekCount w : counts.weeks(Tone.CONCERN, first, last, access)) {
            int[] weeks = weekly.get(new SeriesKey(w.schoolId(), w.themeId()));
            if (weeks != null) {
                weeks[(int) ChronoUnit.WEEKS.between(first, w.week())] = w.count();
            }
        }
        // the voices are counted only where the numbers alone would fire (a few series, read by key)
        List<SeriesKey> candidates = weekly.entrySet().stream()
                .filter(e -> RisingConcern.judge(new WeeklyCounts(e.getKey(), e.getValue(), RisingConcern.MIN_SOURCES)) != null)
                .map(Map.Entry::getKey).toList();
        Map<SeriesKey, Integer> voices = counts.voices(candidates, last.minusWeeks(RisingConcern.RECENT_WEEKS - 1L), end, access);
        List<WeeklyCounts> series = weekly.entrySet().stream()
                .map(e -> new WeeklyCounts(e.getKey(), e.getValue(), voices.getOrDefault(e.getKey(), 0))).toList();
        Evidence evidence = new Evidence(series,
                counts.sources(last.minusWeeks(ConfirmedBySources.WINDOW_WEEKS - 1L), end, access));
        Map<Long, String> schoolNames = schools.stream().collect(Collectors.toMap(SchoolName::id, SchoolName::name));
        Map<Long, String> themeNames = themes.stream().collect(Collectors.toMap(ThemeRef::id, ThemeRef::name));
        Map<String, List<Signal>> byRule = new LinkedHashMap<>();
        for (Rule rule : RULES) {
            byRule.put(rule.name(), rule.evaluate(evidence));
        }
        // a theme spreading is one signal naming its schools, not one more per school (for district leaders; a
        // principal sees their own school's rise and nothing of the others)
        Map<Long, List<String>> spreading = new HashMap<>();
        if (scope == null) {
            for (Signal s : byRule.getOrDefault(Spreading.NAME, List.of())) {
                spreading.put(s.key().themeId(), byRule.get(RisingConcern.NAME).stream()
                        .filter(r -> r.key().themeId() == s.key().themeId() && r.key().schoolId() != null)
                        .map(r -> schoolNames.get(r.key().schoolId())).sorted().toList());
            }
        }
        List<SignalView> views = new ArrayList<>();
        byRule.forEach((rule, signals) -> signals.stream()
                .filter(s -> scope == null ? !(rule.equals(RisingConcern.NAME) && spreading.containsKey(s.key().themeId()))
                        : scope.equals(s.key().schoolId()))
                .map(s -> new SignalView(s.rule(), s.key().schoolId(),
                        s.key().schoolId() == null ? null : schoolNames.get(s.key().schoolId()),
                        s.key().themeId(), themeNames.get(s.key().themeId()), s.observed(), s.windowWeeks(),
                        s.baselinePerWeek(), s.pValue(), s.schools(), end.minusWeeks(s.windowWeeks()).plusDays(1), end,
                        s.key().schoolId() == null ? spreading.getOrDefault(s.key().themeId(), List.of()) : List.of()))
                .sorted(Comparator.comparing(SignalView::pValue)
                        .thenComparing(v -> v.schoolName() == null ? "" : v.schoolName())
                        .thenComparing(SignalView::themeName))
                .forEach(views::add));
        return List.copyOf(views);
    }
}
