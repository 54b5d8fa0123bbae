package org.roundtable.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.AccessMatrix.DISTRICT_LEADERS;
import static org.roundtable.support.AccessMatrix.Outcome.DENIED;
import static org.roundtable.support.AccessMatrix.Outcome.NOT_FOUND;
import static org.roundtable.support.AccessMatrix.Outcome.OK;
import static org.roundtable.support.AccessMatrix.expect;
import static org.roundtable.support.ActingCaller.as;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.roundtable.calendar.CalendarFeeds;
import org.roundtable.mail.MailMessage;
import org.roundtable.mail.Mailer;
import org.roundtable.mail.Outbox;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.checkin.Attendance.Status;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.Caller;
import org.roundtable.security.Role;
import org.roundtable.support.AccessMatrix;
import org.roundtable.support.AccessMatrix.Who;
import org.roundtable.support.Deployments;
import org.roundtable.support.Inbox;
import org.roundtable.support.TestData;

/**
 * Check-ins in Payara against MariaDB: series and occurrence generation, the shared agenda and its carry-over,
 * action items, private notes that only their author ever reads, conflicts, missed check-ins and the access matrix.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(CheckInsIT.class).addClasses(Inbox.class, Inbox.Mail.class)
                .addAsLibrary(Deployments.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    @Inject
    CheckIns checkIns;

    @Inject
    PrepPackets prep;

    @Inject
    org.roundtable.observation.Observations observations;

    @Inject
    TestData data;

    @Inject
    Reminders reminders;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Mailer mailer;

    @Inject
    Outbox outbox;

    @Inject
    CheckInTimer timer;

    @Inject
    CheckInFeed checkInFeed;

    @jakarta.persistence.PersistenceUnit(unitName = "roundtable")
    jakarta.persistence.EntityManagerFactory emf;

    long schoolA;
    long schoolB;
    AccessMatrix who;
    Caller leader;
    Caller otherLeader;
    Caller principal;

    @BeforeEach
    void setUp() {
        schoolA = data.school("Check-in A");
        schoolB = data.school("Check-in B");
        who = new AccessMatrix(data, schoolA, schoolB);
        leader = who.get(Who.ASSISTANT);
        otherLeader = who.get(Who.SUPERINTENDENT);
        principal = who.get(Who.PRINCIPAL_A);
    }

    private static String key(Runnable r) {
        return assertThrows(InvalidRequestException.class, r::run).getMessage();
    }

    private SeriesDraft draft(Caller p, LocalDate startsOn) {
        return new SeriesDraft(p.userId(), leader.userId(), DayOfWeek.THURSDAY, LocalTime.of(15, 30), 45, startsOn);
    }

    /** A series with a check-in held-able today (its slot is today) and the next one two weeks on. */
    private long[] seriesWithTodayAndNext() {
        LocalDate today = LocalDate.now();
        long series = data.checkInSeries(principal, leader, today, LocalTime.of(0, 1));
        return new long[] {series, data.checkIn(series, today), data.checkIn(series, today.plusDays(14))};
    }

    @Test
    void aNewSeriesGeneratesItsNextEightWeeksEveryFourteenDaysOnItsWeekday() throws Exception {
        long id = as(leader, () -> checkIns.startSeries(draft(principal, LocalDate.now().plusDays(1))));
        List<OccurrenceRow> occurrences = as(principal, () -> checkIns.occurrences(id));
        LocalDate first = Biweekly.firstSlot(LocalDate.now().plusDays(1), DayOfWeek.THURSDAY);
        assertEquals(Biweekly.slots(first, first, LocalDate.now().plusDays(CheckIns.HORIZON_DAYS)),
                occurrences.stream().map(OccurrenceRow::slotOn).toList());
        assertTrue(occurrences.size() >= 4);
        assertTrue(occurrences.stream().allMatch(o -> o.startsAt().toLocalTime().equals(LocalTime.of(15, 30))));
        SeriesRow row = as(principal, () -> checkIns.mySeries()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertEquals(occurrences.get(0).id(), row.nextCheckInId());

        long behind = data.checkInSeries(who.get(Who.PRINCIPAL_B), leader, LocalDate.now().plusDays(2), LocalTime.of(9, 0));
        assertTrue(as(leader, () -> checkIns.generateAhead()) >= 4, "a series never generated is brought up to the horizon");
        assertEquals(Biweekly.slots(LocalDate.now().plusDays(2), LocalDate.now().plusDays(2),
                        LocalDate.now().plusDays(CheckIns.HORIZON_DAYS)),
                as(leader, () -> checkIns.occurrences(behind)).stream().map(OccurrenceRow::slotOn).toList());
        assertEquals(occurrences, as(principal, () -> checkIns.occurrences(id)), "generating again adds nothing");
        assertEquals(0, as(leader, () -> checkIns.generateAhead()), "nothing left to generate until the horizon moves");
        assertEquals("series.exists", key(() -> run(() -> as(leader, () -> checkIns.startSeries(draft(principal,
                LocalDate.now().plusDays(3)))))));
    }

    private static void run(java.util.concurrent.Callable<?> c) {
        try {
            c.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badSeriesAreRefusedWithTheFieldToFix() {
        Caller principalB = who.get(Who.PRINCIPAL_B);
        var violations = assertThrows(ConstraintViolationException.class, () -> as(leader, () -> checkIns.startSeries(
                new SeriesDraft(null, leader.userId(), null, null, 5, null)))).getConstraintViolations();
        assertEquals(5, violations.size(), violations.toString());
        assertEquals("series.start.past", key(() -> run(() -> as(leader, () -> checkIns.startSeries(
                new SeriesDraft(principalB.userId(), leader.userId(), LocalDate.now().minusDays(1).getDayOfWeek(),
                        LocalTime.of(9, 0), 45, LocalDate.now().minusDays(1)))))));
        assertEquals("series.principal.required", key(() -> run(() -> as(leader, () -> checkIns.startSeries(
                new SeriesDraft(otherLeader.userId(), leader.userId(), DayOfWeek.MONDAY, LocalTime.of(9, 0), 45,
                        LocalDate.now().plusDays(7)))))));
        assertEquals("series.leader.districtOnly", key(() -> run(() -> as(leader, () -> checkIns.startSeries(
                new SeriesDraft(principalB.userId(), principal.userId(), DayOfWeek.MONDAY, LocalTime.of(9, 0), 45,
                        LocalDate.now().plusDays(7)))))));
    }

    @Test
    void undiscussedPointsAndOpenActionsCarryOverWhenACheckInIsHeld() throws Exception {
        long[] s = seriesWithTodayAndNext();
        long today = s[1];
        for (String text : List.of("Bus duty rota", "Sub coverage on Fridays", "Spring testing plan")) {
            as(principal, () -> checkIns.addPoint(today, text));
        }
        CheckInView before = as(leader, () -> checkIns.find(today));
        PointView first = before.points().get(0);
        as(leader, () -> {
            checkIns.markDiscussed(first.id(), first.version(), true);
            return null;
        });
        as(leader, () -> checkIns.addAction(today, principal.userId(), "Draft the Friday sub rota", LocalDate.now().plusDays(7)));
        as(leader, () -> {
            checkIns.writePrivateNote(today, null, "Dana seems stretched thin; ask about the AP vacancy.");
            return null;
        });
        long version = as(leader, () -> checkIns.find(today)).version();
        Optional<Long> next = as(leader, () -> checkIns.hold(today, version));
        assertEquals(Optional.of(s[2]), next);

        CheckInView after = as(principal, () -> checkIns.find(s[2]));
        assertEquals(List.of("Sub coverage on Fridays", "Spring testing plan"), after.points().stream().map(PointView::text).toList());
        assertTrue(after.points().stream().allMatch(p -> p.carryCount() == 1 && p.raisedOn().equals(LocalDate.now())));
        assertEquals(List.of("Draft the Friday sub rota"), after.openActions().stream().map(ActionView::text).toList());
        assertEquals(Status.HELD, as(principal, () -> checkIns.find(today)).status());
    }

    @Test
    void aCheckInIsHeldFromItsStartOnOrMovedToNowWhenTheyMetEarlier() throws Exception {
        long[] s = seriesWithTodayAndNext();
        long later = s[2];
        as(principal, () -> checkIns.addPoint(later, "Walkthrough notes"));
        long v = as(leader, () -> checkIns.find(later)).version();
        assertEquals("checkIn.hold.early", key(() -> run(() -> as(leader, () -> checkIns.hold(later, v)))));
        assertEquals(Status.SCHEDULED, as(leader, () -> checkIns.find(later)).status(), "nothing changed");

        java.time.LocalDateTime before = java.time.LocalDateTime.now().withSecond(0).withNano(0);
        as(leader, () -> checkIns.holdNow(later, v));
        CheckInView held = as(principal, () -> checkIns.find(later));
        assertEquals(Status.HELD, held.status());
        assertFalse(held.startsAt().isBefore(before), "moved to when it was marked: " + held.startsAt());
        assertFalse(held.startsAt().isAfter(java.time.LocalDateTime.now()), held.startsAt().toString());
        assertFalse(held.missed());
    }

    @Test
    void aPointCarriedThreeTimesIsStuck() throws Exception {
        LocalDate start = LocalDate.now().minusDays(42);
        long series = data.checkInSeries(principal, leader, start, LocalTime.of(0, 1));
        long[] occurrences = new long[4];
        for (int i = 0; i < 4; i++) {
            occurrences[i] = data.checkIn(series, start.plusDays(14L * i));
        }
        as(principal, () -> checkIns.addPoint(occurrences[0], "Portable classroom intercoms"));
        for (int i = 0; i < 3; i++) {
            long id = occurrences[i];
            long v = as(leader, () -> checkIns.find(id)).version();
            as(leader, () -> checkIns.hold(id, v));
        }
        PointView p = as(leader, () -> checkIns.find(occurrences[3])).points().get(0);
        assertEquals(3, p.carryCount());
        assertTrue(p.stuck());
        assertEquals(start, p.raisedOn());
    }

    @Test
    void aPrivateNoteIsReadByItsAuthorAndNobodyElse() throws Exception {
        long[] s = seriesWithTodayAndNext();
        long today = s[1];
        String secret = "Considering a growth plan conversation " + TestData.unique("secret");
        as(principal, () -> {
            checkIns.writePrivateNote(today, null, secret);
            return null;
        });
        long readsBefore = data.countAudit(principal.username(), "CONFIDENTIAL_READ");
        assertEquals(secret, as(principal, () -> checkIns.myPrivateNote(today)).orElseThrow().text());
        assertEquals(readsBefore + 1, data.countAudit(principal.username(), "CONFIDENTIAL_READ"), "each read is audited");
        assertTrue(as(leader, () -> checkIns.myPrivateNote(today)).isEmpty(), "the other participant");
        assertEquals(0, data.countAudit(leader.username(), "CONFIDENTIAL_READ"), "no note read, nothing audited");
        assertTrue(as(otherLeader, () -> checkIns.myPrivateNote(today)).isEmpty(), "the superintendent");
        assertThrows(org.roundtable.platform.AccessDeniedException.class,
                () -> as(who.get(Who.ADMIN), () -> checkIns.myPrivateNote(today)), "an admin");
        for (Caller reader : List.of(leader, otherLeader, principal)) {
            CheckInView view = as(reader, () -> checkIns.find(today));
            assertFalse(view.toString().contains(secret), "never part of the shared view");
        }
        long v = as(principal, () -> checkIns.myPrivateNote(today)).orElseThrow().version();
        as(principal, () -> {
            checkIns.writePrivateNote(today, v, secret + " (revised)");
            return null;
        });
        assertThrows(ConcurrentEditException.class, () -> as(principal, () -> {
            checkIns.writePrivateNote(today, v, "from a stale second tab");
            return null;
        }), "a note edited in two tabs");
        assertTrue(as(principal, () -> checkIns.myPrivateNote(today)).orElseThrow().text().endsWith("(revised)"));

        // Deleting is soft: the note leaves every page, stays in the database, and only its author can delete it.
        assertEquals("record.deleted", key(() -> run(() -> as(leader, () -> {
            checkIns.deletePrivateNote(today, 0);
            return null;
        }))), "the other participant has no note here to delete");
        long latest = as(principal, () -> checkIns.myPrivateNote(today)).orElseThrow().version();
        as(principal, () -> {
            checkIns.deletePrivateNote(today, latest);
            return null;
        });
        assertTrue(as(principal, () -> checkIns.myPrivateNote(today)).isEmpty());
        assertEquals(1, data.privateNotesKept(today, principal.userId()), "kept, marked deleted");
        as(principal, () -> {
            checkIns.writePrivateNote(today, null, "A fresh note after deleting the old one");
            return null;
        });
        assertEquals("A fresh note after deleting the old one", as(principal, () -> checkIns.myPrivateNote(today)).orElseThrow().text());
    }

    @Test
    void sharedNotesSavedOverANewerVersionAreRefused() throws Exception {
        long today = seriesWithTodayAndNext()[1];
        long v = as(leader, () -> checkIns.find(today)).version();
        as(leader, () -> {
            checkIns.writeSharedNotes(today, v, "Agreed: rota by Friday");
            return null;
        });
        assertThrows(ConcurrentEditException.class, () -> as(principal, () -> {
            checkIns.writeSharedNotes(today, v, "Principal's stale notes");
            return null;
        }));
        assertEquals("Agreed: rota by Friday", as(principal, () -> checkIns.find(today)).sharedNotes());
    }

    @Test
    void oneOccurrenceMovesOrIsSkippedButNotOntoAnotherCheckInOrIntoThePast() throws Exception {
        long[] s = seriesWithTodayAndNext();
        long next = s[2];
        LocalDate nextDay = LocalDate.now().plusDays(14);
        long otherSeries = data.checkInSeries(who.get(Who.PRINCIPAL_B), leader, nextDay.plusDays(1), LocalTime.of(10, 0));
        data.checkIn(otherSeries, nextDay.plusDays(1));
        long v = as(leader, () -> checkIns.find(next)).version();
        assertEquals("checkIn.overlap", key(() -> run(() -> as(leader, () -> {
            checkIns.move(next, v, nextDay.plusDays(1).atTime(10, 15));
            return null;
        }))));
        assertEquals("checkIn.start.past", key(() -> run(() -> as(leader, () -> {
            checkIns.move(next, v, LocalDate.now().minusDays(1).atTime(9, 0));
            return null;
        }))));
        as(leader, () -> {
            checkIns.move(next, v, nextDay.plusDays(1).atTime(14, 0));
            return null;
        });
        assertEquals(nextDay.plusDays(1).atTime(14, 0), as(principal, () -> checkIns.find(next)).startsAt());
        long v2 = as(leader, () -> checkIns.find(next)).version();
        as(principal, () -> {
            checkIns.skip(next, v2);
            return null;
        });
        assertEquals(Status.SKIPPED, as(leader, () -> checkIns.find(next)).status());
    }

    /** The home page's next check-ins: the first rows of "my series" that have one, in one statement. */
    @Test
    void theHomePagesNextCheckInsAreTheFirstOfMySeriesInOneStatement() throws Exception {
        Caller lead = data.account(Role.ASSISTANT_SUPERINTENDENT, null);
        LocalDate today = LocalDate.now();
        long soon = data.checkInSeries(principal, lead, today.minusDays(14), LocalTime.of(9, 0));
        data.checkIn(soon, today.minusDays(14)); // past: missed, never "next"
        long todays = data.checkIn(soon, today); // today's, even once its hour has passed
        data.checkIn(soon, today.plusDays(14));
        long later = data.checkInSeries(who.get(Who.PRINCIPAL_B), lead, today.plusDays(3), LocalTime.of(11, 0));
        long skippedFirst = data.checkIn(later, today.plusDays(3));
        long afterTheSkip = data.checkIn(later, today.plusDays(17));
        long v = as(lead, () -> checkIns.find(skippedFirst)).version();
        as(lead, () -> checkIns.skip(skippedFirst, v));
        data.checkInSeries(data.account(Role.PRINCIPAL, schoolA), lead, today.plusDays(1), LocalTime.of(8, 0)); // none yet
        long latest = data.checkInSeries(data.account(Role.PRINCIPAL, schoolA), lead, today.plusDays(5), LocalTime.of(8, 0));
        long fifthDay = data.checkIn(latest, today.plusDays(5));
        long notMine = data.checkInSeries(data.account(Role.PRINCIPAL, schoolA), leader, today.plusDays(1), LocalTime.of(8, 0));
        data.checkIn(notMine, today.plusDays(1));

        org.hibernate.stat.Statistics stats = emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        List<SeriesRow> next = as(lead, () -> checkIns.myNextCheckIns(2));
        assertEquals(1, stats.getPrepareStatementCount(), "one statement");
        assertEquals(as(lead, () -> checkIns.mySeries()).stream().filter(r -> r.nextCheckInId() != null).limit(2).toList(),
                next, "the same rows as the first of my series");
        assertEquals(List.of(todays, fifthDay), next.stream().map(SeriesRow::nextCheckInId).toList(), "today's first");
        assertEquals(List.of(todays, fifthDay, afterTheSkip), as(lead, () -> checkIns.myNextCheckIns(10)).stream()
                .map(SeriesRow::nextCheckInId).toList(), "after a skipped check-in the next one; none for a series without");
        assertEquals(List.of(todays), as(principal, () -> checkIns.myNextCheckIns(10)).stream()
                .filter(r -> r.leaderId() == lead.userId()).map(SeriesRow::nextCheckInId).toList(), "the principal's side");
    }

    @Test
    void twoMissedCheckInsInARowFlagTheSeriesForItsLeader() throws Exception {
        Caller lead = data.account(Role.ASSISTANT_SUPERINTENDENT, null);
        LocalDate start = LocalDate.now().minusDays(28);
        long missing = data.checkInSeries(principal, lead, start, LocalTime.of(9, 0));
        long firstMissed = data.checkIn(missing, start);
        data.checkIn(missing, start.plusDays(14));
        long fine = data.checkInSeries(who.get(Who.PRINCIPAL_B), lead, start, LocalTime.of(11, 0));
        data.checkIn(fine, start);
        long held = data.checkIn(fine, start.plusDays(14));
        long v = as(lead, () -> checkIns.find(held)).version();
        as(lead, () -> checkIns.hold(held, v));
        assertEquals(List.of(missing), as(lead, () -> checkIns.missedTwiceInARow()).stream().map(SeriesRow::id).toList());
        assertTrue(as(lead, () -> checkIns.find(firstMissed)).missed(),
                "a past check-in not held is missed");
    }

    @Test
    void pausingRemovesNothingDependsOnNoPrivateNoteAndHandingOverKeepsTheHistory() throws Exception {
        Caller p = data.account(Role.PRINCIPAL, schoolA);
        long id = as(leader, () -> checkIns.startSeries(draft(p, LocalDate.now().plusDays(1))));
        SeriesRow row = as(leader, () -> checkIns.allSeries()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        as(p, () -> checkIns.addPoint(row.nextCheckInId(), "Keep this one"));
        List<OccurrenceRow> before = as(leader, () -> checkIns.occurrences(id));
        // The principal's private note on the last check-in must change nothing the leader can see.
        as(p, () -> {
            checkIns.writePrivateNote(before.get(before.size() - 1).id(), null, "Thinking of moving schools");
            return null;
        });
        as(leader, () -> {
            checkIns.pause(id, row.version());
            return null;
        });
        SeriesRow paused = as(leader, () -> checkIns.allSeries()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertEquals(SeriesStatus.PAUSED, paused.status());
        assertEquals(before.stream().map(OccurrenceRow::id).toList(),
                as(leader, () -> checkIns.occurrences(id)).stream().map(OccurrenceRow::id).toList(),
                "pausing removes no check-in: nothing depends on what anyone wrote privately");
        assertEquals("series.exists", key(() -> run(() -> as(leader, () -> checkIns.startSeries(draft(p,
                LocalDate.now().plusDays(2)))))), "no second series for a principal whose series is paused");
        as(leader, () -> {
            checkIns.resume(id, paused.version());
            return null;
        });
        SeriesRow resumed = as(leader, () -> checkIns.allSeries()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        as(leader, () -> {
            checkIns.handOver(id, resumed.version(), otherLeader.userId());
            return null;
        });
        CheckInView next = as(otherLeader, () -> checkIns.find(row.nextCheckInId()));
        assertEquals(otherLeader.userId(), next.leaderId(), "future check-ins go to the new leader");
        assertEquals(p.userId(), next.principalId(), "the principal and the agenda stay");
        assertEquals("Keep this one", next.points().get(0).text());
        assertThrows(org.roundtable.platform.AccessDeniedException.class, () -> as(leader, () -> checkIns.addPoint(
                row.nextCheckInId(), "the old leader no longer writes here")));
    }

    @Test
    void thePrepPacketGathersWhatCarriedOverActionsObservationsFollowUpsAndVisits() throws Exception {
        long[] s = seriesWithTodayAndNext();
        long theme = data.theme("Prep theme");
        as(principal, () -> checkIns.addPoint(s[1], "Lunch supervision"));
        as(leader, () -> checkIns.addAction(s[1], principal.userId(), "Post the aide vacancy", LocalDate.now().plusDays(5)));
        long v = as(leader, () -> checkIns.find(s[1])).version();
        as(leader, () -> checkIns.hold(s[1], v));
        data.observation(schoolA, principal, LocalDate.now(), org.roundtable.observation.Tone.CONCERN,
                org.roundtable.people.RoleGroup.TEACHER, "Lunch lines are long", theme);
        data.observation(schoolA, principal, LocalDate.now().minusDays(30), org.roundtable.observation.Tone.CONCERN,
                org.roundtable.people.RoleGroup.TEACHER, "Before the last check-in", theme);

        as(principal, () -> checkIns.addPoint(s[2], "Field trip budget"));

        PrepPacket packet = as(principal, () -> prep.of(s[2]));
        assertEquals(LocalDate.now(), packet.since(), "counted from the last check-in held");
        assertEquals(List.of("Lunch supervision"), packet.carried().stream().map(PointView::text).toList());
        PrepPacket leadersPacket = as(leader, () -> prep.of(s[2]));
        assertEquals(List.of("Lunch supervision", "Field trip budget"),
                leadersPacket.agenda().stream().map(PointView::text).toList(),
                "the leader sees what the principal wants to discuss: the agenda as it stands, carried and new");
        assertEquals(List.of("Post the aide vacancy"), packet.openActions().stream().map(ActionView::text).toList());
        org.roundtable.observation.ThemeToneCount row = packet.observations().stream().filter(o -> o.count() > 0 && o.theme().startsWith("Prep theme"))
                .findFirst().orElseThrow();
        assertEquals(1, row.count(), "only observations since the last check-in");
        assertEquals(org.roundtable.observation.Tone.CONCERN, row.tone());
        assertEquals(packet.observations(), as(leader, () -> prep.of(s[2])).observations(), "both sides see the same counts");
        assertThrows(org.roundtable.platform.NotFoundException.class, () -> as(who.get(Who.PRINCIPAL_B), () -> prep.of(s[2])));
        assertThrows(org.roundtable.platform.AccessDeniedException.class, () -> as(who.get(Who.ADMIN), () -> prep.of(s[2])));
    }

    @Test
    void notesBecomeAnObservationLinkedToTheCheckIn() throws Exception {
        long today = seriesWithTodayAndNext()[1];
        long theme = data.theme("Check-in theme");
        long id = as(principal, () -> checkIns.observe(today, new org.roundtable.observation.ObservationDraft(schoolA,
                LocalDate.now(), org.roundtable.people.RoleGroup.PRINCIPAL, java.util.Set.of(theme),
                org.roundtable.observation.Tone.IDEA, "A shared planning block for grade teams")));
        var d = as(leader, () -> observations.find(id));
        assertEquals(org.roundtable.observation.SourceType.CHECK_IN, d.sourceType());
        assertEquals(today, d.sourceId());
        assertEquals("checkIn.observation.school", key(() -> run(() -> as(principal, () -> checkIns.observe(today,
                new org.roundtable.observation.ObservationDraft(schoolB, LocalDate.now(),
                        org.roundtable.people.RoleGroup.PRINCIPAL, java.util.Set.of(theme),
                        org.roundtable.observation.Tone.IDEA, "elsewhere"))))));
    }

    @Test
    void everyCheckInActionFollowsTheAccessMatrix() throws Exception {
        long[] s = seriesWithTodayAndNext();
        long next = s[2];
        // The series is principal A's with the assistant superintendent: the superintendent reads, does not write.
        who.check("start a series", DISTRICT_LEADERS, w -> () -> checkIns.startSeries(draft(data.account(Role.PRINCIPAL, schoolB),
                LocalDate.now().plusDays(2))));
        who.check("read a check-in", expect(OK, OK, OK, NOT_FOUND, DENIED), w -> () -> checkIns.find(next));
        who.check("add a talking point", expect(DENIED, OK, OK, NOT_FOUND, DENIED), w -> () -> checkIns.addPoint(next, "matrix"));
        who.check("my private note", expect(OK, OK, OK, NOT_FOUND, DENIED), w -> () -> checkIns.myPrivateNote(next));
        who.check("write a private note", expect(DENIED, OK, OK, NOT_FOUND, DENIED), w -> () -> {
            checkIns.writePrivateNote(next, null, "mine " + w);
            return null;
        });
        who.check("my series", expect(OK, OK, OK, OK, DENIED), w -> () -> checkIns.mySeries());
        who.check("my next check-ins", expect(OK, OK, OK, OK, DENIED), w -> () -> checkIns.myNextCheckIns(3));
        long theme = data.theme("Matrix theme");
        who.check("observe from a check-in", expect(DENIED, OK, OK, NOT_FOUND, DENIED), w -> () -> checkIns.observe(next,
                new org.roundtable.observation.ObservationDraft(schoolA, LocalDate.now(),
                        org.roundtable.people.RoleGroup.PRINCIPAL, java.util.Set.of(theme),
                        org.roundtable.observation.Tone.IDEA, "matrix")));
        who.check("hold a check-in early", expect(DENIED, OK, OK, NOT_FOUND, DENIED),
                w -> () -> checkIns.holdNow(seriesWithTodayAndNext()[2], 0));
        who.check("all series", DISTRICT_LEADERS, w -> () -> checkIns.allSeries());
        who.check("missed twice", DISTRICT_LEADERS, w -> () -> checkIns.missedTwiceInARow());
        who.check("pause a series", DISTRICT_LEADERS, w -> () -> {
            long series = data.checkInSeries(data.account(Role.PRINCIPAL, schoolB), leader, LocalDate.now().plusDays(3),
                    LocalTime.of(9, 0));
            checkIns.pause(series, 0);
            return null;
        });
    }

    // --- Reminders by e-mail, read from a real SMTP server -------------------------------------------------------

    private static String email(Caller c) {
        return c.username() + "@example.org";
    }

    /** Principal A's series with the leader and its check-in five days from now at ten (no reminder due yet). */
    private long[] checkInInFiveDays(Caller p) {
        LocalDate day = LocalDate.now().plusDays(5);
        long series = data.checkInSeries(p, leader, day, LocalTime.of(10, 0));
        return new long[] {series, data.checkIn(series, day)};
    }

    private static LocalDateTime fiveDaysAtTen() {
        return LocalDate.now().plusDays(5).atTime(10, 0);
    }

    @Test
    void thePrincipalIsRemindedTwoDaysBeforeAndTheLeaderTheDayBeforeEachOnce() throws Exception {
        Inbox.start();
        long[] s = checkInInFiveDays(principal);
        LocalDateTime start = fiveDaysAtTen();
        as(principal, () -> checkIns.addPoint(s[1], "Bus duty rota"));
        as(leader, () -> checkIns.writePrivateNote(s[1], null, "Worried about the principal's workload"));

        reminders.sendDue(start.minusDays(2).minusHours(1));
        assertEquals(List.of(), Inbox.to(email(principal)), "not yet: more than two days ahead");

        reminders.sendDue(start.minusDays(2).plusMinutes(1));
        List<Inbox.Mail> toPrincipal = Inbox.to(email(principal));
        assertEquals(1, toPrincipal.size());
        Inbox.Mail m = toPrincipal.get(0);
        assertTrue(m.subject().endsWith("add your talking points"), m.subject());
        assertTrue(m.body().contains("/checkins/checkin.xhtml?id=" + s[1]), m.body());
        assertTrue(m.body().contains("one talking point"), m.body());
        assertTrue(m.from().contains("roundtable@example.org"), m.from());
        assertEquals(List.of(), Inbox.to(email(leader)), "the leader's reminder comes the day before");

        reminders.sendDue(start.minusHours(23));
        reminders.sendDue(start.minusHours(22));
        assertEquals(1, Inbox.to(email(principal)).size(), "never twice");
        List<Inbox.Mail> toLeader = Inbox.to(email(leader));
        assertEquals(1, toLeader.size());
        assertTrue(toLeader.get(0).subject().endsWith("your prep packet"), toLeader.get(0).subject());
        assertTrue(toLeader.get(0).body().contains("/checkins/prep.xhtml?id=" + s[1]), toLeader.get(0).body());
        for (Inbox.Mail mail : List.of(m, toLeader.get(0))) {
            assertFalse(mail.body().contains("Bus duty rota"), "no agenda text leaves the portal");
            assertFalse(mail.body().contains("workload"), "no private note");
        }

        // Moved to the next afternoon: both are told the new time, once more each.
        long v = as(leader, () -> checkIns.find(s[1])).version();
        as(leader, () -> checkIns.move(s[1], v, start.plusDays(1).withHour(14)));
        reminders.sendDue(start.plusHours(5));
        reminders.sendDue(start.plusHours(5));
        assertEquals(2, Inbox.to(email(principal)).size());
        assertEquals(2, Inbox.to(email(leader)).size());
        assertTrue(Inbox.to(email(leader)).get(1).body().contains("at 14:00"), Inbox.to(email(leader)).get(1).body());
    }

    @Test
    void theTimerRunsEveryFifteenMinutes() {
        java.util.Date next = timer.nextRun();
        assertTrue(next != null && next.toInstant().isBefore(java.time.Instant.now().plus(java.time.Duration.ofMinutes(16))),
                "next run: " + next);
    }

    @Test
    void twoSweepsAtOnceLikeTwoInstancesSendEachReminderOnce() throws Exception {
        Inbox.start();
        checkInInFiveDays(principal);
        LocalDateTime at = fiveDaysAtTen().minusHours(20);
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<Reminders.Sweep>> sweeps = List.of(pool.submit(() -> reminders.sendDue(at)),
                pool.submit(() -> reminders.sendDue(at)), pool.submit(() -> reminders.sendDue(at)));
        for (Future<Reminders.Sweep> sweep : sweeps) {
            sweep.get(2, TimeUnit.MINUTES);
        }
        assertEquals(1, Inbox.to(email(principal)).size());
        assertEquals(1, Inbox.to(email(leader)).size());
    }

    @Test
    void aReminderTheSmtpServerDidNotTakeGoesOutAtTheNextSweep() throws Exception {
        long[] s = checkInInFiveDays(principal);
        LocalDateTime at = fiveDaysAtTen().minusHours(30);
        Inbox.stop();
        try {
            assertTrue(reminders.sendDue(at).failed() >= 1, "the server is down");
        } finally {
            Inbox.start();
        }
        assertTrue(reminders.due(ReminderKind.PRINCIPAL_AGENDA, at).stream().anyMatch(d -> d.checkInId() == s[1]),
                "a failed send leaves no claim");
        reminders.sendDue(at);
        assertEquals(1, Inbox.to(email(principal)).size());
    }

    @Test
    void aCheckInWhoseDayPassedWhileTheSeriesWasPausedIsSkippedNotMissed() throws Exception {
        Caller p = data.account(Role.PRINCIPAL, schoolA);
        LocalDate twoWeeksAgo = LocalDate.now().minusDays(14);
        long series = data.checkInSeries(p, leader, twoWeeksAgo, LocalTime.of(9, 0));
        long passed = data.checkIn(series, twoWeeksAgo);
        as(leader, () -> {
            checkIns.pause(series, 0);
            return null;
        });
        long version = as(leader, () -> checkIns.allSeries()).stream().filter(r -> r.id() == series).findFirst()
                .orElseThrow().version();
        as(leader, () -> {
            checkIns.resume(series, version);
            return null;
        });
        CheckInView view = as(leader, () -> checkIns.find(passed));
        assertEquals(Status.SKIPPED, view.status());
        assertFalse(view.missed());
        assertTrue(as(leader, () -> checkIns.occurrences(series)).stream()
                .anyMatch(o -> o.status() == Status.SCHEDULED && !o.startsAt().toLocalDate().isBefore(LocalDate.now())),
                "and the series goes on from today");
    }

    @Test
    void aReminderWhoseMomentHasPassedGoesOnlyWhileStillUsefulAndSaysToday() throws Exception {
        Inbox.start();
        Caller p = data.account(Role.PRINCIPAL, schoolA);
        long[] s = checkInInFiveDays(p);
        LocalDateTime start = fiveDaysAtTen();
        // The sweep first runs two hours before the check-in (it was made at short notice, or mail was down).
        reminders.sendDue(start.minusHours(2));
        assertEquals(List.of(), Inbox.to(email(p)), "too late to gather talking points: not sent");
        List<Inbox.Mail> toLeader = Inbox.to(email(leader)).stream().filter(m -> m.body().contains("checkins/prep.xhtml?id=" + s[1]))
                .toList();
        assertEquals(1, toLeader.size(), "the prep packet is still worth reading");
        assertTrue(toLeader.get(0).subject().contains(" today, "), toLeader.get(0).subject());
        reminders.sendDue(start.minusMinutes(30));
        assertEquals(1, Inbox.to(email(leader)).stream().filter(m -> m.body().contains("checkins/prep.xhtml?id=" + s[1])).count());
    }

    @Test
    void skippedCheckInsPausedSeriesAndInactiveAccountsGetNoReminder() throws Exception {
        Inbox.start();
        long[] skipped = checkInInFiveDays(principal);
        long v = as(leader, () -> checkIns.find(skipped[1])).version();
        as(leader, () -> checkIns.skip(skipped[1], v));
        Caller other = data.account(Role.PRINCIPAL, schoolA);
        long[] paused = checkInInFiveDays(other);
        as(other, () -> checkIns.addPoint(paused[1], "kept, so pausing leaves this check-in in place"));
        as(leader, () -> checkIns.pause(paused[0], 0));

        reminders.sendDue(fiveDaysAtTen().minusHours(20));
        assertEquals(List.of(), Inbox.to(email(principal)));
        assertEquals(List.of(), Inbox.to(email(other)));
        assertEquals(List.of(), Inbox.to(email(leader)));
    }

    @Test
    void withoutAnSmtpServerMailIsKeptInTheOutboxOnlyAdminsRead() throws Exception {
        String subject = TestData.unique("Outbox subject");
        mailer.keep(new MailMessage("someone@example.org", subject, "Kept, not sent."));
        var page = as(who.get(Who.ADMIN), () -> outbox.newest(0, 20));
        assertTrue(page.rows().stream().anyMatch(m -> m.getSubject().equals(subject) && m.getBody().equals("Kept, not sent.")));
        assertTrue(mailer.isSmtp(), "these tests configure an SMTP server, so reminders are sent, not kept");
        who.check("read the outbox", AccessMatrix.ADMINS_ONLY, w -> () -> outbox.newest(0, 5));
    }

    // --- The series in the calendar feeds ------------------------------------------------------------------------

    private static Calendar parse(String ics) throws Exception {
        Calendar c = new CalendarBuilder().build(new StringReader(ics));
        c.validate();
        return c;
    }

    private static List<VEvent> events(Calendar c, String uid) {
        return c.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false)).toList();
    }

    @Test
    void aSeriesIsOneRecurringEventWithExceptionsInBothParticipantsFeeds() throws Exception {
        long id = as(leader, () -> checkIns.startSeries(draft(principal, LocalDate.now().plusDays(1))));
        List<OccurrenceRow> occ = as(principal, () -> checkIns.occurrences(id));
        as(principal, () -> checkIns.addPoint(occ.get(0).id(), "Staffing for the spring term"));
        long v1 = as(leader, () -> checkIns.find(occ.get(1).id())).version();
        as(leader, () -> checkIns.skip(occ.get(1).id(), v1));
        long v2 = as(leader, () -> checkIns.find(occ.get(2).id())).version();
        LocalDateTime movedTo = occ.get(2).startsAt().plusDays(1).withHour(9).withMinute(0);
        as(leader, () -> checkIns.move(occ.get(2).id(), v2, movedTo));

        String uid = "checkin-series-" + id + "@roundtable";
        String principalsFeed = feeds.render(as(principal, () -> feeds.issue()), "https://portal.example.org").orElseThrow();
        Calendar c = parse(principalsFeed);
        List<VEvent> series = events(c, uid);
        VEvent master = series.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst().orElseThrow();
        assertEquals("FREQ=WEEKLY;INTERVAL=2", master.getProperty(Property.RRULE).orElseThrow().getValue());

        ZoneId zone = ZoneId.systemDefault();
        Period<ZonedDateTime> window = new Period<>(LocalDate.now().atStartOfDay(zone),
                occ.get(occ.size() - 1).startsAt().plusDays(1).atZone(zone));
        List<LocalDateTime> starts = master.<ZonedDateTime>calculateRecurrenceSet(window).stream()
                .map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(zone).toLocalDateTime()).sorted().toList();
        List<LocalDateTime> expected = occ.stream().filter(o -> o.id() != occ.get(1).id())
                .map(o -> o.slotOn().atTime(LocalTime.of(15, 30))).toList();
        assertEquals(expected, starts, "every other week, without the skipped one");

        VEvent moved = series.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).findFirst().orElseThrow();
        assertEquals(2, series.size(), "the recurring event and one override");
        assertEquals(occ.get(2).slotOn().atTime(15, 30), ZonedDateTime.from(moved.getProperty(Property.RECURRENCE_ID)
                .map(p -> ((net.fortuna.ical4j.model.property.RecurrenceId<?>) p).getDate()).orElseThrow())
                .withZoneSameInstant(zone).toLocalDateTime());
        assertEquals(movedTo, ZonedDateTime.from(moved.getDateTimeStart().getDate())
                .withZoneSameInstant(zone).toLocalDateTime());
        assertTrue(master.getSummary().getValue().startsWith("Check-in with "));
        assertFalse(principalsFeed.contains("Staffing for the spring term"), "no agenda in a calendar");

        org.hibernate.stat.Statistics stats = emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        checkInFeed.events(leader, null);
        reminders.due(ReminderKind.LEADER_PREP, LocalDateTime.now());
        assertEquals(3, stats.getPrepareStatementCount(), "the series and their check-ins in two, the due reminders in one");

        Calendar leaders = parse(feeds.render(as(leader, () -> feeds.issue()), null).orElseThrow());
        assertEquals(2, events(leaders, uid).size(), "the leader's feed has the same series");
        Calendar others = parse(feeds.render(as(who.get(Who.PRINCIPAL_B), () -> feeds.issue()), null).orElseThrow());
        assertEquals(List.of(), events(others, uid), "another principal's feed does not");
    }
}
