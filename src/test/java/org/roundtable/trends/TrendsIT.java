package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.observation.ObservationTheme;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Tone;
import org.roundtable.platform.AccessDeniedException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.security.Caller;
import org.roundtable.security.Role;
import org.roundtable.support.Deployments;
import org.roundtable.support.TestData;

/**
 * The trends in Payara against MariaDB: the heat map's counts against hand-counted ones, the rules on planted
 * patterns, the series, every figure under the privacy rules (a principal: their school's and the district's
 * totals, never what is marked district leaders only), bad input, and the statements each view takes.
 */
@ExtendWith(ArquillianExtension.class)
class TrendsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(TrendsIT.class).addClass(org.roundtable.bench.District.class)
                .addAsResource("bench/district.sql")
                .addClasses(org.roundtable.support.Inbox.class, org.roundtable.support.Inbox.Mail.class)
                .addAsLibrary(Deployments.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    @Inject
    Trends trends;

    @Inject
    TestData data;

    @PersistenceUnit(unitName = "roundtable")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Resource
    UserTransaction utx;

    LocalDate today;
    /** The Monday of the latest complete week: the rules judge up to its Sunday. */
    LocalDate lastWeek;
    Caller superintendent;
    Caller assistant;
    Caller admin;

    @BeforeEach
    void setUp() {
        today = LocalDate.now();
        lastWeek = ObservationTheme.weekOf(today).minusWeeks(1);
        superintendent = data.account(Role.SUPERINTENDENT, null);
        assistant = data.account(Role.ASSISTANT_SUPERINTENDENT, null);
        admin = data.account(Role.ADMIN, null);
    }

    /** A day of a complete week: {@code weeksAgo} weeks before the latest complete one, {@code day} 0 = Monday. */
    private LocalDate week(int weeksAgo, int day) {
        return lastWeek.minusWeeks(weeksAgo).plusDays(day);
    }

    private long concern(long school, Caller author, LocalDate day, long... themes) {
        return data.sourcedObservation(school, author, day, Tone.CONCERN, null, null, null, false, themes);
    }

    private static HeatMap.Row row(HeatMap map, long school) {
        return map.rows().stream().filter(r -> r.schoolId() == school).findFirst().orElseThrow();
    }

    private static HeatMap.Cell cell(HeatMap.Row row, long theme) {
        return row.cells().stream().filter(c -> c.themeId() == theme).findFirst().orElseThrow();
    }

    private static Optional<SignalView> signal(List<SignalView> signals, String rule, Long school, long theme) {
        return signals.stream().filter(s -> s.rule().equals(rule) && java.util.Objects.equals(s.schoolId(), school)
                && s.themeId() == theme).findFirst();
    }

    @Test
    void theHeatMapCountsEachSchoolAndThemeAsCountedByHand() throws Exception {
        long a = data.school("Heat A");
        long b = data.school("Heat B");
        long behavior = data.theme("Heat behavior");
        long staffing = data.theme("Heat staffing");
        Caller principalA = data.account(Role.PRINCIPAL, a);
        // A: three concerns on behavior in the last four weeks, one more on behavior and staffing at once, two in the
        // twelve weeks before, one long before; a celebration (another tone); B: two, one marked district leaders only
        concern(a, superintendent, today.minusDays(1), behavior);
        concern(a, assistant, today.minusDays(5), behavior);
        concern(a, principalA, today.minusDays(20), behavior);
        concern(a, assistant, today.minusDays(27), behavior, staffing);
        concern(a, assistant, today.minusDays(28), behavior);
        concern(a, assistant, today.minusDays(90), behavior);
        concern(a, assistant, today.minusDays(200), behavior);
        data.sourcedObservation(a, assistant, today.minusDays(3), Tone.CELEBRATION, null, null, null, false, behavior);
        concern(b, superintendent, today.minusDays(2), behavior);
        data.sourcedObservation(b, superintendent, today.minusDays(2), Tone.CONCERN, SourceType.ROUNDING_VISIT, 1L, 2L, true, behavior);

        Window four = Window.of(Window.Preset.WEEKS_4, today);
        HeatMap district = as(superintendent, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.TOTAL));
        assertEquals(4, cell(row(district, a), behavior).count());
        assertEquals(1, cell(row(district, a), staffing).count());
        assertEquals(5, row(district, a).total());
        assertEquals(2 / 12.0, cell(row(district, a), behavior).baselinePerWeek(), 1e-9, "two in the 12 weeks before");
        assertEquals(Band.ABOVE, cell(row(district, a), behavior).band(), "4 where 1 (the floor) was expected");
        assertEquals(2, cell(row(district, b), behavior).count(), "leaders-only counted for district leaders");
        assertEquals(6, cell(district.totals(), behavior).count());
        assertTrue(district.rows().indexOf(row(district, a)) < district.rows().indexOf(row(district, b)), "by total");
        HeatMap celebrations = as(superintendent, () -> trends.heatMap(four, Tone.CELEBRATION, HeatMap.Sort.NAME));
        assertEquals(1, cell(row(celebrations, a), behavior).count());

        // the principal: their own row, the district's totals without what they may not read, no other school
        HeatMap own = as(principalA, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.NAME));
        assertEquals(List.of(a), own.rows().stream().map(HeatMap.Row::schoolId).toList());
        assertEquals(4, cell(row(own, a), behavior).count());
        assertEquals(5, cell(own.totals(), behavior).count(), "the leaders-only concern is counted nowhere they see");
        Caller principalB = data.account(Role.PRINCIPAL, b);
        HeatMap bOwn = as(principalB, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.NAME));
        assertEquals(1, cell(row(bOwn, b), behavior).count(), "not in their own school's figure either");

        // a window of two weeks leaves out what came before it
        HeatMap two = as(superintendent, () -> trends.heatMap(Window.of(Window.Preset.WEEKS_2, today), Tone.CONCERN,
                HeatMap.Sort.NAME));
        assertEquals(2, cell(row(two, a), behavior).count());
    }

    @Test
    void aRealRiseFromSeveralVoicesIsARisingConcernWithItsNumbersAndOnePersonsNotesAreNot() throws Exception {
        long rising = data.school("Rising");
        long oneVoice = data.school("One voice");
        long quiet = data.school("Quiet");
        long behavior = data.theme("Rising behavior");
        Caller principal = data.account(Role.PRINCIPAL, rising);
        Caller quietPrincipal = data.account(Role.PRINCIPAL, quiet);
        for (int w = 4; w < 16; w++) {
            concern(rising, superintendent, week(w, 2), behavior);
            concern(oneVoice, superintendent, week(w, 2), behavior);
        }
        long conversation = 700_000;
        for (int i = 0; i < 9; i++) {
            LocalDate day = week(i < 5 ? 0 : 1, i % 5);
            data.sourcedObservation(rising, assistant, day, Tone.CONCERN, SourceType.ROUNDING_VISIT, 1L, conversation++, false, behavior);
            concern(oneVoice, superintendent, day, behavior);
        }
        List<SignalView> signals = as(assistant, () -> trends.signals());
        SignalView s = signal(signals, RisingConcern.NAME, rising, behavior).orElseThrow(() -> new AssertionError(signals.toString()));
        assertEquals(9, s.observed());
        assertEquals(2, s.windowWeeks());
        assertEquals(1.0, s.baselinePerWeek(), 1e-9, "twelve in the twelve weeks before the gap");
        assertEquals(week(1, 0), s.from());
        assertEquals(week(0, 6), s.to());
        assertTrue(s.schoolName().startsWith("Rising"));
        assertFalse(signal(signals, RisingConcern.NAME, oneVoice, behavior).isPresent(), "one leader's own notes");

        assertTrue(signal(as(principal, () -> trends.signals()), RisingConcern.NAME, rising, behavior).isPresent(),
                "the school's principal sees their school's signal");
        assertTrue(as(quietPrincipal, () -> trends.signals()).stream().allMatch(v -> v.schoolId() != null && v.schoolId() == quiet),
                "another principal sees only their own school's");

        ThemeSeries series = as(assistant, () -> trends.series(behavior, rising, Tone.CONCERN, 12));
        assertEquals(12, series.weeks().size());
        assertEquals(week(11, 0), series.weeks().get(0).start());
        assertEquals(5, series.weeks().get(11).count());
        assertEquals(4, series.weeks().get(10).count());
        assertTrue(series.weeks().get(11).fired(), "the rule fired on the latest week");
        assertFalse(series.weeks().get(9).fired());
        assertEquals(5 + 4 + 8, series.total(), "the two, the gap, eight baseline weeks");
        assertEquals(4, series.before(), "the four oldest baseline weeks");
        ThemeSeries district = as(principal, () -> trends.series(behavior, null, Tone.CONCERN, 12));
        assertEquals(10, district.weeks().get(11).count(), "the district's total: both schools");
    }

    @Test
    void concernsAPrincipalMayNotReadRaiseNoSignalTheyCanSee() throws Exception {
        long school = data.school("Hidden rise");
        long theme = data.theme("Hidden theme");
        Caller principal = data.account(Role.PRINCIPAL, school);
        long conversation = 710_000;
        for (int i = 0; i < 9; i++) {
            data.sourcedObservation(school, assistant, week(i < 5 ? 0 : 1, i % 5), Tone.CONCERN, SourceType.ROUNDING_VISIT,
                    2L, conversation++, true, theme);
        }
        assertTrue(signal(as(superintendent, () -> trends.signals()), RisingConcern.NAME, school, theme).isPresent());
        assertFalse(signal(as(principal, () -> trends.signals()), RisingConcern.NAME, school, theme).isPresent(),
                "a rise made of leaders-only concerns");
        assertEquals(0, as(principal, () -> trends.series(theme, school, Tone.CONCERN, 4)).total());
        assertEquals(0, as(principal, () -> trends.series(theme, null, Tone.CONCERN, 4)).total());
        assertEquals(9, as(superintendent, () -> trends.series(theme, school, Tone.CONCERN, 4)).total());
    }

    @Test
    void roundingAndACheckInHearingTheSameConcernConfirmEachOther() throws Exception {
        long school = data.school("Confirmed");
        long theme = data.theme("Confirmed theme");
        long other = data.theme("Rounding only");
        data.sourcedObservation(school, superintendent, week(2, 1), Tone.CONCERN, SourceType.ROUNDING_VISIT, 3L, 4L, false, theme, other);
        data.sourcedObservation(school, assistant, week(0, 3), Tone.CONCERN, SourceType.CHECK_IN, 5L, null, false, theme);
        data.sourcedObservation(school, assistant, week(0, 3), Tone.CONCERN, SourceType.ROUNDING_VISIT, 6L, 7L, false, other);
        List<SignalView> signals = as(superintendent, () -> trends.signals());
        SignalView s = signal(signals, ConfirmedBySources.NAME, school, theme).orElseThrow(() -> new AssertionError(signals.toString()));
        assertEquals(2, s.observed());
        assertEquals(week(3, 0), s.from());
        assertFalse(signal(signals, ConfirmedBySources.NAME, school, other).isPresent(), "rounding twice is one source");
    }

    @Test
    void aPrincipalAskingForAnotherSchoolIsToldNotFoundAndTheAttemptIsAudited() throws Exception {
        long own = data.school("Own");
        long other = data.school("Other");
        long theme = data.theme("Asked");
        Caller principal = data.account(Role.PRINCIPAL, own);
        assertThrows(NotFoundException.class, () -> as(principal, () -> trends.series(theme, other, Tone.CONCERN, 12)));
        assertThrows(NotFoundException.class, () -> as(principal, () -> trends.requireSchool(other)));
        assertEquals(2, data.countAudit(principal.username(), "ACCESS_DENIED"));
        assertThrows(NotFoundException.class, () -> as(superintendent, () -> trends.series(theme, 999_999_999L, Tone.CONCERN, 12)));
        assertThrows(NotFoundException.class, () -> as(superintendent, () -> trends.series(999_999_999L, null, Tone.CONCERN, 12)));
        assertNotNull(as(principal, () -> trends.series(theme, own, Tone.CONCERN, 12)));
        assertEquals(List.of(own), as(principal, () -> trends.schools()).stream().map(SchoolName::id).toList());
    }

    @Test
    void adminsAndBadWindowsAreRefusedWithNothingCounted() {
        Window four = Window.of(Window.Preset.WEEKS_4, today);
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.NAME)));
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> trends.signals()));
        assertThrows(AccessDeniedException.class, () -> as(admin, () -> trends.series(data.anyThemeId(), null, Tone.CONCERN, 12)));
        InvalidRequestException future = assertThrows(InvalidRequestException.class, () -> as(superintendent,
                () -> trends.heatMap(new Window(today, today.plusDays(3), Window.Preset.CUSTOM), Tone.CONCERN, HeatMap.Sort.NAME)));
        assertEquals("trends.window.future", future.messageKey());
        InvalidRequestException tooLong = assertThrows(InvalidRequestException.class, () -> as(superintendent,
                () -> trends.heatMap(new Window(today.minusYears(4), today, Window.Preset.CUSTOM), Tone.CONCERN, HeatMap.Sort.NAME)));
        assertEquals("trends.window.tooLong", tooLong.messageKey());
        assertThrows(InvalidRequestException.class, () -> as(superintendent, () -> trends.series(data.anyThemeId(), null, Tone.CONCERN, 0)));
        assertThrows(InvalidRequestException.class, () -> as(superintendent, () -> trends.series(data.anyThemeId(), null, Tone.CONCERN, 157)));
    }

    /**
     * The trends count the theme rows' copies of each observation's school, day, week, tone, flag and source; after
     * random writes, revisions (school, day, tone, themes changed) and leaders-only flags, the heat map of every tone
     * and window equals a recount from the observations themselves, and every copy equals its observation.
     */
    @Test
    void afterRandomWritesAndRevisionsTheCountsEqualARecountFromTheObservations() throws Exception {
        java.util.Random random = new java.util.Random(20261202);
        long[] schools = {data.school("Recount A"), data.school("Recount B"), data.school("Recount C")};
        long[] themes = {data.theme("Recount 1"), data.theme("Recount 2"), data.theme("Recount 3")};
        Tone[] tones = Tone.values();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(data.sourcedObservation(schools[random.nextInt(3)], superintendent, today.minusDays(random.nextInt(200)),
                    tones[random.nextInt(3)], SourceType.ROUNDING_VISIT, 9L, 9_000L + random.nextInt(6), false,
                    themes[random.nextInt(3)]));
        }
        org.roundtable.observation.Observations observations = jakarta.enterprise.inject.spi.CDI.current()
                .select(org.roundtable.observation.Observations.class).get();
        for (int i = 0; i < 60; i++) {
            long id = ids.get(random.nextInt(ids.size()));
            long version = em.createQuery("select o.version from Observation o where o.id = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            java.util.Set<Long> chosen = new java.util.HashSet<>();
            chosen.add(themes[random.nextInt(3)]);
            if (random.nextBoolean()) {
                chosen.add(themes[random.nextInt(3)]);
            }
            org.roundtable.observation.ObservationDraft draft = new org.roundtable.observation.ObservationDraft(
                    schools[random.nextInt(3)], today.minusDays(random.nextInt(200)), org.roundtable.people.RoleGroup.TEACHER,
                    chosen, tones[random.nextInt(3)], "Revised " + i);
            as(superintendent, () -> observations.revise(id, version, draft));
        }
        for (int item = 9_000; item < 9_003; item++) {
            long conversation = item;
            as(superintendent, () -> observations.flagLeadersOnly(SourceType.ROUNDING_VISIT, conversation, true));
        }
        Caller principal = data.account(Role.PRINCIPAL, schools[0]);

        assertEquals(0L, em.createQuery("""
                select count(*) from ObservationTheme ot join ot.observation o
                where ot.schoolId <> o.school.id or ot.observedOn <> o.observedOn or ot.tone <> o.tone
                   or ot.leadersOnly <> o.leadersOnly or ot.sourceType <> o.sourceType""", Long.class).getSingleResult(),
                "every theme row's copies equal its observation's");
        em.createQuery("select ot.observedOn, ot.weekStart from ObservationTheme ot where ot.schoolId in :s", Object[].class)
                .setParameter("s", List.of(schools[0], schools[1], schools[2])).getResultList()
                .forEach(r -> assertEquals(ObservationTheme.weekOf((LocalDate) r[0]), r[1], "the week of " + r[0]));

        for (Window.Preset preset : List.of(Window.Preset.WEEKS_2, Window.Preset.WEEKS_12, Window.Preset.TERM)) {
            Window window = Window.of(preset, today);
            for (Tone tone : tones) {
                HeatMap district = as(superintendent, () -> trends.heatMap(window, tone, HeatMap.Sort.NAME));
                HeatMap own = as(principal, () -> trends.heatMap(window, tone, HeatMap.Sort.NAME));
                for (long school : schools) {
                    for (long theme : themes) {
                        assertEquals(recount(school, theme, tone, window, true), cell(row(district, school), theme).count(),
                                preset + " " + tone);
                    }
                }
                for (long theme : themes) {
                    assertEquals(recount(schools[0], theme, tone, window, false), cell(row(own, schools[0]), theme).count(),
                            "the principal's " + preset + " " + tone);
                }
            }
        }
    }

    /** The observations of a school, theme and tone in a window, counted from the observations and their themes. */
    private int recount(long school, long theme, Tone tone, Window window, boolean leadersOnlyToo) {
        return em.createQuery("""
                select count(o) from Observation o join o.themes ot
                where o.school.id = :school and ot.theme.id = :theme and o.tone = :tone
                  and o.observedOn between :from and :to""" + (leadersOnlyToo ? "" : " and o.leadersOnly = false"), Long.class)
                .setParameter("school", school).setParameter("theme", theme).setParameter("tone", tone)
                .setParameter("from", window.from()).setParameter("to", window.to()).getSingleResult().intValue();
    }

    /** Plants a rise of nine concerns from nine conversations over the last two weeks on a silent theme. */
    private void rise(long school, long theme, long firstConversation) {
        for (int i = 0; i < 9; i++) {
            data.sourcedObservation(school, assistant, week(i < 5 ? 0 : 1, i % 5), Tone.CONCERN, SourceType.ROUNDING_VISIT,
                    3L, firstConversation + i, false, theme);
        }
    }

    private Optional<SignalEntry> entry(List<SignalEntry> entries, long school, long theme) {
        return entries.stream().filter(e -> e.signal().rule().equals(RisingConcern.NAME)
                && java.util.Objects.equals(e.signal().schoolId(), school) && e.signal().themeId() == theme).findFirst();
    }

    @Test
    void aThemeRisingInThreeSchoolsIsOneSpreadingSignalNamingThemAndEachPrincipalSeesTheirOwnRise() throws Exception {
        long theme = data.theme("Spreading theme");
        long[] schools = {data.school("Spread A"), data.school("Spread B"), data.school("Spread C")};
        for (int i = 0; i < schools.length; i++) {
            rise(schools[i], theme, 740_000 + 100L * i);
        }
        Caller principal = data.account(Role.PRINCIPAL, schools[1]);
        List<SignalView> district = as(assistant, () -> trends.signals());
        SignalView spreading = signal(district, Spreading.NAME, null, theme).orElseThrow(() -> new AssertionError(district.toString()));
        assertEquals(3, spreading.schools());
        assertEquals(27, spreading.observed());
        assertEquals(3, spreading.places().size());
        assertTrue(spreading.places().stream().allMatch(n -> n.startsWith("Spread ")), spreading.places().toString());
        assertTrue(district.stream().noneMatch(s -> s.rule().equals(RisingConcern.NAME) && s.themeId() == theme),
                "the schools' rises are folded into it");
        List<SignalView> theirs = as(principal, () -> trends.signals());
        assertTrue(signal(theirs, RisingConcern.NAME, schools[1], theme).isPresent());
        assertFalse(theirs.stream().anyMatch(s -> s.rule().equals(Spreading.NAME)), "no other school's figures");
    }

    @Test
    void anAcknowledgedSignalLeavesTheListUntilItGetsWorseAndKeepsItsHistory() throws Exception {
        long school = data.school("Acknowledged");
        long theme = data.theme("Acknowledged theme");
        Caller principal = data.account(Role.PRINCIPAL, school);
        rise(school, theme, 720_000);
        SignalActions actions = jakarta.enterprise.inject.spi.CDI.current().select(SignalActions.class).get();
        String rule = RisingConcern.NAME;

        InvalidRequestException noNote = assertThrows(InvalidRequestException.class,
                () -> as(assistant, () -> actions.acknowledge(rule, school, theme, null, "  ")));
        assertEquals("trends.note.required", noNote.messageKey());
        assertTrue(entry(as(assistant, () -> actions.board()).open(), school, theme).isPresent(), "nothing changed");
        assertThrows(AccessDeniedException.class,
                () -> as(principal, () -> actions.acknowledge(rule, school, theme, null, "I will handle it")));
        assertEquals(1, data.countAudit(principal.username(), "ACCESS_DENIED"));

        as(assistant, () -> actions.acknowledge(rule, school, theme, null, "Spoke with the principal"));
        SignalBoard board = as(superintendent, () -> actions.board());
        assertFalse(entry(board.open(), school, theme).isPresent(), "off the list");
        SignalEntry aside = entry(board.setAside(), school, theme).orElseThrow();
        assertEquals(SignalStatus.ACKNOWLEDGED, aside.status());
        assertEquals(9, aside.acknowledgedObserved());
        assertEquals(1, data.countAudit(assistant.username(), "SIGNAL_ACTED"));

        // another leader acting on what they saw before is told, and nothing is overwritten
        assertThrows(org.roundtable.platform.ConcurrentEditException.class,
                () -> as(superintendent, () -> actions.snooze(rule, school, theme, null, today.plusDays(7), null)));

        concern(school, superintendent, week(0, 6), theme);
        board = as(superintendent, () -> actions.board());
        SignalEntry worse = entry(board.open(), school, theme).orElseThrow(() -> new AssertionError("worse: back"));
        assertTrue(worse.worse());
        assertEquals(10, worse.signal().observed());

        as(superintendent, () -> actions.snooze(rule, school, theme, worse.version(), today.plusDays(7), "after the break"));
        assertEquals(SignalStatus.SNOOZED, entry(as(superintendent, () -> actions.board()).setAside(), school, theme)
                .orElseThrow().status());
        long version = entry(as(superintendent, () -> actions.board()).setAside(), school, theme).orElseThrow().version();
        as(superintendent, () -> actions.reopen(rule, school, theme, version));
        assertTrue(entry(as(superintendent, () -> actions.board()).open(), school, theme).isPresent());

        SignalDetail detail = as(assistant, () -> actions.detail(rule, school, theme));
        assertEquals(List.of(SignalEvent.Action.REOPENED, SignalEvent.Action.SNOOZED, SignalEvent.Action.ACKNOWLEDGED),
                detail.history().stream().map(SignalDetail.Event::action).toList(), "newest first");
        assertEquals("Spoke with the principal", detail.history().get(2).note());
        assertEquals(today.plusDays(7), detail.history().get(1).until());
        SignalDetail theirs = as(principal, () -> actions.detail(rule, school, theme));
        assertNotNull(theirs.entry().signal(), "the principal reads their school's signal");
        assertTrue(theirs.history().isEmpty(), "not what district leaders noted about it");
    }

    @Test
    void aFollowUpOpenedFromASignalLinksBackToIt() throws Exception {
        long school = data.school("Followed up");
        long theme = data.theme("Followed theme");
        Caller principal = data.account(Role.PRINCIPAL, school);
        rise(school, theme, 730_000);
        SignalActions actions = jakarta.enterprise.inject.spi.CDI.current().select(SignalActions.class).get();
        String rule = RisingConcern.NAME;
        org.roundtable.rounding.ConcernDraft pastDue = new org.roundtable.rounding.ConcernDraft("Lunch supervision plan",
                principal.userId(), today.minusDays(1));
        assertEquals("trends.followUp.due.past", assertThrows(InvalidRequestException.class,
                () -> as(assistant, () -> actions.openFollowUp(rule, school, theme, null, pastDue))).messageKey());
        long other = data.school("Not theirs");
        Caller otherPrincipal = data.account(Role.PRINCIPAL, other);
        assertThrows(InvalidRequestException.class, () -> as(assistant, () -> actions.openFollowUp(rule, school, theme, null,
                new org.roundtable.rounding.ConcernDraft("x", otherPrincipal.userId(), today.plusDays(7)))),
                "another school's principal cannot own it");

        long id = as(assistant, () -> actions.openFollowUp(rule, school, theme, null,
                new org.roundtable.rounding.ConcernDraft("Lunch supervision plan", principal.userId(), today.plusDays(14))));
        SignalDetail detail = as(assistant, () -> actions.detail(rule, school, theme));
        assertEquals(List.of(id), detail.followUps().stream().map(org.roundtable.rounding.FollowUpRow::id).toList());
        assertNotNull(detail.followUps().get(0).signalId());
        assertEquals(SignalEvent.Action.FOLLOW_UP, detail.history().get(0).action());
        assertEquals(SignalStatus.OPEN, detail.entry().status(), "a follow-up does not take it off the list");
        assertEquals("trends.signal.gone", assertThrows(InvalidRequestException.class, () -> as(assistant,
                () -> actions.acknowledge(rule, other, theme, null, "nothing rose there"))).messageKey());
        assertThrows(NotFoundException.class, () -> as(assistant, () -> actions.detail("noSuchRule", school, theme)));
        assertThrows(NotFoundException.class, () -> as(principal, () -> actions.detail(rule, other, theme)));
    }

    private String email(Caller c) {
        return em.createQuery("select u.email from UserAccount u where u.id = :id", String.class)
                .setParameter("id", c.userId()).getSingleResult();
    }

    @Test
    void theWeeklyDigestTellsEachDistrictLeaderOnceOfWhatIsNewOrWorseAndNeverTheWords() throws Exception {
        long school = data.school("Digest");
        long theme = data.theme("Digest theme");
        Caller principal = data.account(Role.PRINCIPAL, school);
        rise(school, theme, 750_000);
        String schoolName = em.createQuery("select s.name from School s where s.id = :id", String.class)
                .setParameter("id", school).getSingleResult();
        WeeklyDigest digest = jakarta.enterprise.inject.spi.CDI.current().select(WeeklyDigest.class).get();
        LocalDate monday = ObservationTheme.weekOf(today);
        String link = "/trends/signal.xhtml?rule=risingConcern&school=" + school + "&theme=" + theme;
        java.util.function.Function<Caller, List<org.roundtable.support.Inbox.Mail>> about = c ->
                org.roundtable.support.Inbox.to(email(c)).stream().filter(m -> m.body().contains(link)).toList();
        org.roundtable.support.Inbox.start();
        try {
            assertEquals(0, digest.sendDue(monday.atTime(6, 59)).sent(), "not before Monday at seven");
            assertTrue(org.roundtable.support.Inbox.to(email(assistant)).isEmpty());

            digest.sendDue(monday.atTime(7, 5));
            digest.sendDue(monday.atTime(9, 30));
            List<org.roundtable.support.Inbox.Mail> mail = org.roundtable.support.Inbox.to(email(assistant));
            assertEquals(1, mail.size(), "once a week");
            String body = mail.get(0).body();
            assertTrue(body.contains("Rising concern: " + schoolName), body);
            assertTrue(body.contains("9 concerns in the last 2 weeks; the 12 weeks before averaged 0.0 a week."), body);
            assertTrue(body.contains(link), "a link to the signal");
            assertFalse(body.contains("Heard on"), "never an observation's words");
            assertTrue(mail.get(0).subject().startsWith("Roundtable: "), mail.get(0).subject());
            assertEquals(1, about.apply(superintendent).size(), "every district leader");
            assertTrue(org.roundtable.support.Inbox.to(email(principal)).isEmpty(), "not principals");

            digest.sendDue(monday.plusWeeks(1).atTime(7, 5));
            assertEquals(1, about.apply(assistant).size(), "the next week: not worse, not told again");

            concern(school, superintendent, week(0, 6), theme);
            digest.sendDue(monday.plusWeeks(2).atTime(7, 5));
            List<org.roundtable.support.Inbox.Mail> worse = about.apply(assistant);
            assertEquals(2, worse.size(), "worse: told again");
            assertTrue(worse.get(1).body().contains("10 concerns in the last 2 weeks"), worse.get(1).body());
        } finally {
            org.roundtable.support.Inbox.stop();
        }
    }

    /**
     * Issue 10, 12: on a district of 100 schools and 100,000 observations (a tenth of the benchmark's) every trends
     * view reads about the index entries of its weeks, never the table: MariaDB's own counters of the statements
     * (rows read through the handlers, rows sorted, temporary tables), on the connection of the call's transaction.
     */
    @Test
    void onALargeDistrictEveryTrendsViewReadsItsWeeksOfTheIndexNotTheTable() throws Exception {
        String url = System.getenv("DB_URL");
        int observations = 100_000;
        long first = org.roundtable.bench.District.fill(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), 100,
                observations);
        try {
            long benchSchool = first + 7;
            long benchTheme = data.anyThemeId();
            Caller benchPrincipal = data.account(Role.PRINCIPAL, benchSchool);
            Map<String, org.roundtable.support.ServerCounters.Reads> reads = new java.util.LinkedHashMap<>();
            Window four = Window.of(Window.Preset.WEEKS_4, today);
            reads.put("heat map, 4 weeks", measure(superintendent, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.NAME)));
            reads.put("heat map, principal", measure(benchPrincipal, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.NAME)));
            reads.put("signals", measure(superintendent, () -> trends.signals()));
            reads.put("signals, principal", measure(benchPrincipal, () -> trends.signals()));
            reads.put("a theme, district, 52 weeks", measure(superintendent, () -> trends.series(benchTheme, null, Tone.CONCERN, 52)));
            reads.put("a theme at a school, 26 weeks", measure(superintendent, () -> trends.series(benchTheme, benchSchool, Tone.CONCERN, 26)));
            System.out.println("Rows read per trends view at " + observations + " observations: " + reads);

            // a week of the district's concerns: observations a week × themes an observation (1.5) × a third concerns
            double perWeek = observations / 156.0 * 1.5 / 3;
            long schoolsAndThemes = 100L * em.createQuery("select count(t) from Theme t where t.retired = false", Long.class)
                    .getSingleResult();
            reads.forEach((what, r) -> {
                double weeks = what.startsWith("heat") ? 16 : what.startsWith("signals") ? 16 + 4 : 2 * 52 + 15;
                double entries = what.startsWith("a theme") ? perWeek * weeks / 10 : perWeek * weeks;
                // the entries of its weeks, the schools and themes it names, a margin for the other tests' rows
                long allowed = (long) (1.5 * entries) + 2 * schoolsAndThemes + 5_000;
                assertTrue(r.rows() <= allowed, what + ": " + r + " (allowed " + allowed + " of " + 1.5 * observations + ")");
                assertTrue(r.sortedRows() <= schoolsAndThemes + 2_000, what + " sorted: " + r);
                assertTrue(r.temporaryTables() <= 3, what + " temporary tables: " + r);
            });
        } finally {
            org.roundtable.bench.District.remove(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), first);
        }
    }

    private org.roundtable.support.ServerCounters.Reads measure(Caller caller, java.util.concurrent.Callable<?> call)
            throws Exception {
        return org.roundtable.support.ServerCounters.measure(em, utx, caller, call);
    }

    @Test
    void eachViewTakesAFixedNumberOfStatementsHoweverManySchoolsAndThemes() throws Exception {
        long school = data.school("Counted");
        long theme = data.theme("Counted theme");
        Caller principal = data.account(Role.PRINCIPAL, school);
        for (int i = 0; i < 20; i++) {
            concern(school, superintendent, today.minusDays(i), theme);
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        Window four = Window.of(Window.Preset.WEEKS_4, today);
        Map<String, Long> statements = new java.util.LinkedHashMap<>();
        stats.clear();
        as(superintendent, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.NAME));
        statements.put("heat map, district", stats.getPrepareStatementCount());
        stats.clear();
        as(principal, () -> trends.heatMap(four, Tone.CONCERN, HeatMap.Sort.NAME));
        statements.put("heat map, principal", stats.getPrepareStatementCount());
        stats.clear();
        as(superintendent, () -> trends.signals());
        statements.put("signals", stats.getPrepareStatementCount());
        stats.clear();
        as(superintendent, () -> trends.series(theme, school, Tone.CONCERN, 52));
        statements.put("series, a school", stats.getPrepareStatementCount());
        assertEquals(Map.of("heat map, district", 3L, "heat map, principal", 4L, "signals", 5L, "series, a school", 4L),
                statements, "themes, schools and one grouped count each (signals: the weeks, the voices of the series "
                        + "about to fire — this school's rise — and the sources; a series: the school, the theme, the "
                        + "weeks, their voices)");
    }
}
