package org.roundtable.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.ActingCaller.as;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.people.RoleGroup;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.Page;
import org.roundtable.security.Caller;
import org.roundtable.security.Role;
import org.roundtable.bench.District;
import org.roundtable.support.Deployments;
import org.roundtable.support.ServerCounters;
import org.roundtable.support.ServerCounters.Reads;
import org.roundtable.support.TestData;

/** Observations in Payara against MariaDB: recording, validation, filters, paging, sorting, conflicts, statements. */
@ExtendWith(ArquillianExtension.class)
class ObservationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(ObservationsIT.class).addClass(District.class)
                .addAsResource("bench/district.sql");
    }

    @Inject
    Observations observations;

    @Inject
    TestData data;

    @PersistenceUnit(unitName = "roundtable")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Resource
    UserTransaction utx;

    long school;
    long otherSchool;
    long theme;
    long otherTheme;
    Caller principal;
    Caller superintendent;

    @BeforeEach
    void setUp() {
        school = data.school("Observed Middle");
        otherSchool = data.school("Other Middle");
        theme = data.theme("Behavior");
        otherTheme = data.theme("Facilities");
        principal = data.account(Role.PRINCIPAL, school);
        superintendent = data.account(Role.SUPERINTENDENT, null);
    }

    private ObservationDraft draft(long schoolId, String text) {
        return new ObservationDraft(schoolId, LocalDate.now(), RoleGroup.TEACHER, Set.of(theme), Tone.CONCERN, text);
    }

    @Test
    void aRecordedObservationReadsBackWithItsThemesAndAuthor() throws Exception {
        long id = as(principal, () -> observations.record(new ObservationDraft(school, LocalDate.now().minusDays(2),
                RoleGroup.FOOD_SERVICE, Set.of(theme, otherTheme), Tone.CELEBRATION, "  The cook's breakfast pilot works  ")));

        ObservationDetail d = as(superintendent, () -> observations.find(id));
        assertEquals(school, d.schoolId());
        assertEquals(LocalDate.now().minusDays(2), d.observedOn());
        assertEquals(RoleGroup.FOOD_SERVICE, d.roleGroup());
        assertEquals(Tone.CELEBRATION, d.tone());
        assertEquals("The cook's breakfast pilot works", d.text(), "text is stored trimmed");
        assertEquals(Set.of(theme, otherTheme), d.themeIds());
        assertEquals("Test PRINCIPAL", d.authorName());
        assertFalse(d.editable(), "only the author may revise");
        assertTrue(as(principal, () -> observations.find(id)).editable());
        assertEquals(1, data.countAudit(principal.username(), "OBSERVATION_CREATED"));
    }

    @Test
    void textIsKeptExactlyAsTypedIncludingMarkupAndEmoji() throws Exception {
        String text = "<script>alert('x')</script> & \"quotes\" — café 👩‍🏫";
        long id = as(principal, () -> observations.record(draft(school, text)));
        assertEquals(text, as(principal, () -> observations.find(id)).text());
    }

    @Test
    void badDraftsAreRefusedWithAMessagePerField() {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, () -> as(principal,
                () -> observations.record(new ObservationDraft(null, null, null, Set.of(), null, "  "))));
        Set<String> fields = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", ""))
                .collect(Collectors.toSet());
        assertEquals(Set.of("schoolId", "observedOn", "roleGroup", "themeIds", "tone", "text"), fields);
        assertTrue(e.getConstraintViolations().stream().map(ConstraintViolation::getMessage)
                .anyMatch(m -> m.equals("Write what you heard or saw.")), "messages come from ValidationMessages");
    }

    @Test
    void tooLongTextFutureAndAncientDatesAreRefused() {
        assertThrows(ConstraintViolationException.class,
                () -> as(principal, () -> observations.record(draft(school, "x".repeat(10_000)))));
        assertThrows(ConstraintViolationException.class, () -> as(principal, () -> observations.record(
                new ObservationDraft(school, LocalDate.now().plusDays(1), RoleGroup.TEACHER, Set.of(theme), Tone.IDEA, "t"))));
        InvalidRequestException old = assertThrows(InvalidRequestException.class, () -> as(principal,
                () -> observations.record(new ObservationDraft(school, LocalDate.now().minusYears(6), RoleGroup.TEACHER,
                        Set.of(theme), Tone.IDEA, "t"))));
        assertEquals("observation.date.tooOld", old.messageKey());
        // exactly 4,000 characters is fine
        assertTrue(assertDoesNotThrowId(() -> as(principal, () -> observations.record(draft(school, "y".repeat(4000))))) > 0);
    }

    @Test
    void unknownAndRetiredThemesAreRefused() {
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class, () -> as(principal,
                () -> observations.record(new ObservationDraft(school, LocalDate.now(), RoleGroup.TEACHER,
                        Set.of(Long.MAX_VALUE), Tone.IDEA, "t"))));
        assertEquals("observation.themes.unknown", unknown.messageKey());
        long retired = data.theme("Old theme");
        data.retireTheme(retired);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> as(principal,
                () -> observations.record(new ObservationDraft(school, LocalDate.now(), RoleGroup.TEACHER,
                        Set.of(retired), Tone.IDEA, "t"))));
        assertEquals("observation.themes.retired", e.messageKey());
    }

    @Test
    void aStaleRevisionIsRefusedAndTheFirstOneStays() throws Exception {
        long id = as(principal, () -> observations.record(draft(school, "first words")));
        long version = as(principal, () -> observations.find(id)).version();

        as(principal, () -> observations.revise(id, version, draft(school, "revised in tab one")));
        assertThrows(ConcurrentEditException.class,
                () -> as(principal, () -> observations.revise(id, version, draft(school, "revised in tab two"))));

        ObservationDetail now = as(principal, () -> observations.find(id));
        assertEquals("revised in tab one", now.text());
        assertEquals(version + 1, now.version());
    }

    @Test
    void filtersCombineAndPagesAreCountedInSql() throws Exception {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 25; i++) {
            data.observation(school, principal, today.minusDays(i), i % 2 == 0 ? Tone.CONCERN : Tone.IDEA,
                    i % 3 == 0 ? RoleGroup.TEACHER : RoleGroup.CUSTODIAL, "obs " + i, i % 5 == 0 ? otherTheme : theme);
        }
        data.observation(otherSchool, superintendent, today, Tone.CONCERN, RoleGroup.TEACHER, "elsewhere", theme);

        Page<ObservationRow> all = as(superintendent, () -> observations.search(
                new ObservationFilter(school, null, null, null, null, null), 0, 10, ObservationSort.DATE, false));
        assertEquals(25, all.total());
        assertEquals(10, all.rows().size());
        assertEquals(today, all.rows().get(0).observedOn(), "newest first");

        Page<ObservationRow> third = as(superintendent, () -> observations.search(
                new ObservationFilter(school, null, null, null, null, null), 20, 10, ObservationSort.DATE, false));
        assertEquals(5, third.rows().size());
        Page<ObservationRow> pastTheEnd = as(superintendent, () -> observations.search(
                new ObservationFilter(school, null, null, null, null, null), 100, 10, ObservationSort.DATE, false));
        assertTrue(pastTheEnd.rows().isEmpty());
        assertEquals(25, pastTheEnd.total(), "a page past the end counts the list, not its own offset");

        Page<ObservationRow> concerns = as(superintendent, () -> observations.search(
                new ObservationFilter(school, null, Tone.CONCERN, null, null, null), 0, 50, ObservationSort.DATE, true));
        assertEquals(13, concerns.total());
        assertTrue(concerns.rows().stream().allMatch(r -> r.tone() == Tone.CONCERN));
        assertTrue(concerns.rows().get(0).observedOn().isBefore(concerns.rows().get(12).observedOn()), "ascending");

        Page<ObservationRow> byTheme = as(superintendent, () -> observations.search(
                new ObservationFilter(school, otherTheme, null, null, null, null), 0, 50, null, false));
        assertEquals(5, byTheme.total());
        assertTrue(byTheme.rows().stream().allMatch(r -> r.themes().size() == 1 && r.themes().get(0).startsWith("Facilities")));

        Page<ObservationRow> window = as(superintendent, () -> observations.search(
                new ObservationFilter(school, null, null, RoleGroup.TEACHER, today.minusDays(10), today.minusDays(3)),
                0, 50, null, false));
        // days 3..10 whose index is a multiple of 3: 3, 6, 9
        assertEquals(List.of(today.minusDays(3), today.minusDays(6), today.minusDays(9)),
                window.rows().stream().map(ObservationRow::observedOn).toList());
    }

    @Test
    void aPageTakesFiveStatementsWhateverItsSize() throws Exception {
        for (int i = 0; i < 30; i++) {
            data.observation(school, principal, LocalDate.now().minusDays(i), Tone.IDEA, RoleGroup.TEACHER, "n+1 " + i,
                    theme, otherTheme);
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        Page<ObservationRow> page = as(principal, () -> observations.search(ObservationFilter.none(), 0, 30,
                ObservationSort.TONE, true));
        assertEquals(30, page.rows().size());
        assertTrue(page.rows().stream().allMatch(r -> r.themes().size() == 2));
        assertEquals(5, stats.getPrepareStatementCount(),
                "the page's ids, their rows, their themes, whether more than 10,000 match, the count");
        stats.clear();
        assertEquals(8, as(principal, () -> observations.recent(8)).size());
        assertEquals(3, stats.getPrepareStatementCount(), "the home page's newest: ids, rows, themes, no count");
    }

    @Test
    void toneCountsAreGroupedPerScope() throws Exception {
        data.observation(school, principal, LocalDate.now(), Tone.CONCERN, RoleGroup.TEACHER, "a", theme);
        data.observation(school, principal, LocalDate.now(), Tone.CONCERN, RoleGroup.TEACHER, "b", theme);
        data.observation(otherSchool, superintendent, LocalDate.now(), Tone.CONCERN, RoleGroup.TEACHER, "c", theme);
        var counts = as(principal, () -> observations.toneCounts(LocalDate.now().minusDays(1)));
        assertEquals(2L, counts.get(Tone.CONCERN), "a principal counts their own school only");
        assertEquals(0L, counts.get(Tone.IDEA));
        var district = as(superintendent, () -> observations.toneCounts(LocalDate.now().minusDays(1)));
        assertTrue(district.get(Tone.CONCERN) >= 3, "district leaders count every school");
    }

    @Inject
    Themes themes;

    @Test
    void aUsedThemeCanBeRetiredButNotDeletedAndStaysOnItsObservations() throws Exception {
        Caller admin = data.account(Role.ADMIN, null);
        long used = data.theme("Used");
        long id = data.observation(school, principal, LocalDate.now(), Tone.IDEA, RoleGroup.TEACHER, "uses it", used);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> as(admin, () -> {
            themes.delete(used, 0);
            return null;
        }));
        assertEquals("theme.delete.used", e.messageKey());
        as(admin, () -> themes.retire(used, 0, true));
        assertFalse(as(principal, () -> themes.active()).stream().anyMatch(t -> t.id() == used), "retired themes are not offered");
        ObservationDetail d = as(principal, () -> observations.find(id));
        assertTrue(d.themes().stream().anyMatch(t -> t.id() == used && t.retired()), "old observations keep it");
        // the author can still revise that observation without dropping the retired theme
        as(principal, () -> observations.revise(id, d.version(), d.toDraft()));

        long unused = data.theme("Unused");
        as(admin, () -> themes.delete(unused, 0));
        assertFalse(as(admin, () -> themes.usage()).stream().anyMatch(t -> t.id() == unused));
        assertEquals(1L, as(admin, () -> themes.usage()).stream().filter(t -> t.id() == used).findFirst().orElseThrow().observations());
    }

    @Test
    void themeNamesAreUniqueIgnoringCase() throws Exception {
        Caller admin = data.account(Role.ADMIN, null);
        String name = TestData.unique("Attendance");
        as(admin, () -> themes.add(name));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> as(admin, () -> themes.add(name.toLowerCase())));
        assertEquals("theme.name.taken", e.messageKey());
        assertThrows(ConstraintViolationException.class, () -> as(admin, () -> themes.add(" ")));
    }

    private static long assertDoesNotThrowId(java.util.concurrent.Callable<Long> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    /**
     * Issue 12: on a district of {@value #LARGE} observations (added for this test, removed after), every list the
     * page offers and the home page's counts read about what they show, never the table: MariaDB's own counters of
     * the statements (rows read through the handlers, rows sorted, temporary tables), taken on the connection of
     * the service's transaction, say what the plans did. Before the change a page joined the school first and
     * sorted every row in a temporary table.
     */
    @Test
    void onALargeDistrictEveryListAndCountReadsAboutWhatItShowsNeverTheTable() throws Exception {
        String url = System.getenv("DB_URL");
        long first = District.fill(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), 100, LARGE);
        try {
            long benchSchool = first + 7;
            long benchTheme = em.createQuery("select min(t.id) from Theme t where t.retired = false", Long.class).getSingleResult();
            Caller benchPrincipal = data.account(Role.PRINCIPAL, benchSchool);
            ObservationFilter none = ObservationFilter.none();
            ObservationFilter byTheme = new ObservationFilter(null, benchTheme, null, null, null, null);
            ObservationFilter byTone = new ObservationFilter(null, null, Tone.CONCERN, null, null, null);
            ObservationFilter byThemeAndTone = new ObservationFilter(null, benchTheme, Tone.CONCERN, null, null, null);
            ObservationFilter bySchool = new ObservationFilter(benchSchool, null, null, RoleGroup.TEACHER, null, null);
            ObservationFilter window = new ObservationFilter(null, null, null, null, LocalDate.now().minusDays(90),
                    LocalDate.now().minusDays(60));
            Map<String, Reads> reads = new java.util.LinkedHashMap<>();
            reads.put("newest first", measure(superintendent, () -> observations.search(none, 0, 20, ObservationSort.DATE, false)));
            reads.put("page 250", measure(superintendent, () -> observations.search(none, 5_000, 20, ObservationSort.DATE, false)));
            reads.put("oldest first", measure(superintendent, () -> observations.search(none, 0, 20, ObservationSort.DATE, true)));
            reads.put("by tone", measure(superintendent, () -> observations.search(none, 0, 20, ObservationSort.TONE, false)));
            reads.put("by role group", measure(superintendent, () -> observations.search(none, 0, 20, ObservationSort.ROLE_GROUP, true)));
            reads.put("one theme", measure(superintendent, () -> observations.search(byTheme, 0, 20, ObservationSort.DATE, false)));
            reads.put("one theme, one tone", measure(superintendent, () -> observations.search(byThemeAndTone, 0, 20, ObservationSort.DATE, false)));
            reads.put("one theme, by tone", measure(superintendent, () -> observations.search(byTheme, 0, 20, ObservationSort.TONE, false)));
            reads.put("one theme, teachers", measure(superintendent, () -> observations.search(
                    new ObservationFilter(null, benchTheme, null, RoleGroup.TEACHER, null, null), 0, 20, ObservationSort.DATE, false)));
            reads.put("one tone", measure(superintendent, () -> observations.search(byTone, 0, 20, ObservationSort.DATE, false)));
            reads.put("one school, one role group", measure(superintendent, () -> observations.search(bySchool, 0, 20, ObservationSort.DATE, false)));
            reads.put("a month's window", measure(superintendent, () -> observations.search(window, 0, 20, ObservationSort.DATE, false)));
            reads.put("principal, newest", measure(benchPrincipal, () -> observations.search(none, 0, 20, ObservationSort.DATE, false)));
            reads.put("principal, one theme", measure(benchPrincipal, () -> observations.search(byTheme, 0, 20, ObservationSort.DATE, false)));
            reads.put("home: newest 8", measure(superintendent, () -> observations.recent(8)));
            reads.put("home: tones, 30 days", measure(superintendent, () -> observations.toneCounts(LocalDate.now().minusDays(30))));
            reads.put("home: principal's tones", measure(benchPrincipal, () -> observations.toneCounts(LocalDate.now().minusDays(30))));
            System.out.println("Rows read per page at " + LARGE + " observations: " + reads);

            // Every page reads what it shows, plus what the count reads to tell "more than 10,000" (the index entries
            // up to the 10,001st match), plus a deep page's offset; and never sorts rows or makes a temporary table. The counts by tone
            // group three rows.
            reads.forEach((what, r) -> {
                // (a theme's list, whatever its filter or order, reads the theme's own rows: V9)
                long allowed = (what.equals("page 250") ? 5_000 : 0) + 2 * Observations.COUNT_LIMIT + 2_000;
                boolean grouped = what.contains("tones");
                assertTrue(r.rows() <= allowed, what + ": " + r + " (of " + LARGE + ")");
                assertTrue(r.sortedRows() <= (grouped ? Tone.values().length : 0), what + " sorted rows: " + r);
                assertTrue(r.temporaryTables() <= (grouped ? 1 : 0), what + " made a temporary table: " + r);
            });
            Page<ObservationRow> newest = as(superintendent, () -> observations.search(none, 0, 20, ObservationSort.DATE, false));
            assertTrue(newest.more(), "more than 10,000");
            assertEquals(Observations.COUNT_LIMIT, newest.total());
            assertEquals(20, newest.rows().size());
            assertTrue(newest.rows().get(0).observedOn().compareTo(newest.rows().get(19).observedOn()) >= 0, "newest first");
        } finally {
            District.remove(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), first);
        }
    }

    static final int LARGE = 200_000;

    private Reads measure(Caller caller, java.util.concurrent.Callable<?> call) throws Exception {
        return ServerCounters.measure(em, utx, caller, call);
    }
}
