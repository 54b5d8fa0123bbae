package org.roundtable.rounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.School;
import org.roundtable.people.SchoolLevel;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;

/** The rules visits, conversations, follow-ups and recognitions keep, whoever calls them. */
class RoundingRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);
    private final School school = withId(new School("Westview", SchoolLevel.MIDDLE), 1L);
    private final School other = withId(new School("Eastlake", SchoolLevel.MIDDLE), 2L);
    private final UserAccount leader = new UserAccount("sup", "Sup", "s@x.org", "h", Set.of(Role.SUPERINTENDENT), null);

    private static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(Runnable r) {
        return assertThrows(InvalidRequestException.class, r::run).getMessage();
    }

    @Test
    void aVisitCannotBePlannedInThePast() {
        assertEquals("visit.start.past", key(() -> Visit.plan(school, NOW.minusMinutes(1), 60, null, Set.of(leader), leader, NOW)));
        Visit v = Visit.plan(school, NOW.plusHours(1), 60, "  lunch  ", Set.of(leader), leader, NOW);
        assertEquals("lunch", v.getFocus());
        assertEquals(VisitStatus.PLANNED, v.getStatus());
    }

    @Test
    void aVisitNeedsALeaderAndASensibleLength() {
        assertEquals("visit.leaders.required", key(() -> Visit.plan(school, NOW.plusDays(1), 60, null, Set.of(), leader, NOW)));
        assertEquals("visit.duration.range", key(() -> Visit.plan(school, NOW.plusDays(1), 10, null, Set.of(leader), leader, NOW)));
        assertEquals("visit.duration.range", key(() -> Visit.plan(school, NOW.plusDays(1), 481, null, Set.of(leader), leader, NOW)));
    }

    @Test
    void reschedulingToThePastIsRefusedAndOnlyPlannedVisitsMove() {
        Visit v = Visit.plan(school, NOW.plusDays(2), 60, null, Set.of(leader), leader, NOW);
        assertEquals("visit.start.past", key(() -> v.reschedule(NOW.minusDays(1), NOW)));
        v.reschedule(NOW.plusDays(3), NOW);
        assertEquals(NOW.plusDays(3), v.getStartsAt());
        v.cancel("Snow day");
        assertEquals("visit.notPlanned", key(() -> v.reschedule(NOW.plusDays(4), NOW)));
    }

    @Test
    void cancellingNeedsAReason() {
        Visit v = Visit.plan(school, NOW.plusDays(2), 60, null, Set.of(leader), leader, NOW);
        assertEquals("visit.cancel.reason", key(() -> v.cancel("   ")));
        v.cancel(" Board meeting moved ");
        assertEquals("Board meeting moved", v.getCancelReason());
        assertEquals(VisitStatus.CANCELLED, v.getStatus());
        assertFalse(v.acceptsConversations(NOW.plusDays(2)));
    }

    @Test
    void aVisitCompletesFromItsDayOnAndOnlyOnce() {
        Visit v = Visit.plan(school, NOW.plusDays(1).withHour(9), 60, null, Set.of(leader), leader, NOW);
        assertEquals("visit.complete.future", key(() -> v.complete(NOW, Instant.EPOCH)));
        assertFalse(v.acceptsConversations(NOW), "not before the day of the visit");
        LocalDateTime thatMorning = NOW.plusDays(1).withHour(8);
        assertTrue(v.acceptsConversations(thatMorning));
        v.complete(thatMorning, Instant.EPOCH);
        assertEquals(VisitStatus.COMPLETED, v.getStatus());
        assertEquals("visit.notPlanned", key(() -> v.complete(thatMorning, Instant.EPOCH)));
        assertTrue(v.acceptsConversations(thatMorning), "late notes may still be added to a completed visit");
    }

    @Test
    void aConversationIsWithSomeoneAtTheSchoolAndSaysSomething() {
        Visit v = Visit.walkIn(school, leader, NOW);
        StaffMember here = new StaffMember(school, "Nia Patel", RoleGroup.TEACHER);
        StaffMember elsewhere = new StaffMember(other, "Omar Reyes", RoleGroup.TEACHER);
        List<ConversationAnswer> said = List.of(new ConversationAnswer(1L, "What works?", "Reading block"));
        Conversation c = new Conversation(v, leader);
        assertEquals("conversation.staff.otherSchool",
                key(() -> c.record(ConversationKind.STAFF_MEMBER, elsewhere, null, null, null, false, said)));
        assertEquals("conversation.staff.required",
                key(() -> c.record(ConversationKind.STAFF_MEMBER, null, null, null, null, false, said)));
        assertEquals("conversation.empty", key(() -> c.record(ConversationKind.STAFF_MEMBER, here, null, null, " ", false,
                List.of(new ConversationAnswer(1L, "What works?", "  ")))));
        c.record(ConversationKind.STAFF_MEMBER, here, RoleGroup.CUSTODIAL, GradeBand.PRE_K_2, null, false, said);
        assertEquals(RoleGroup.TEACHER, c.getRoleGroup(), "a named person's role group is theirs");
        assertNull(c.getGradeBand());
    }

    @Test
    void studentsAreAGradeBandNeverAName() {
        Conversation c = new Conversation(Visit.walkIn(school, leader, NOW), leader);
        assertEquals("conversation.gradeBand.required",
                key(() -> c.record(ConversationKind.STUDENTS, null, null, null, "Longer lunch", false, List.of())));
        assertEquals("conversation.roleGroup.required",
                key(() -> c.record(ConversationKind.ROLE_GROUP, null, RoleGroup.STUDENTS, null, "Longer lunch", false, List.of())));
        c.record(ConversationKind.STUDENTS, new StaffMember(school, "Someone", RoleGroup.TEACHER), null,
                GradeBand.GRADES_6_8, "Longer lunch", false, List.of());
        assertNull(c.getStaffMember(), "no person is kept for students");
        assertEquals(RoleGroup.STUDENTS, c.getRoleGroup());
        assertEquals("conversation.gradeBand.level", key(() -> c.record(ConversationKind.STUDENTS, null, null,
                GradeBand.PRE_K_2, "Longer lunch", false, List.of())), "a middle school has no pre-K");
        assertEquals(List.of(GradeBand.PRE_K_2, GradeBand.GRADES_3_5), GradeBand.of(SchoolLevel.ELEMENTARY));
        assertEquals(List.of(GradeBand.GRADES_9_12), GradeBand.of(SchoolLevel.HIGH));
    }

    @Test
    void aFollowUpNeedsAnOwnerAndADueDateNotBeforeTheVisit() {
        LocalDate visitDay = NOW.toLocalDate();
        assertEquals("followUp.owner.required",
                key(() -> new FollowUp(school, null, null, "Copier broken", null, visitDay, visitDay.plusDays(7), leader, false)));
        assertEquals("followUp.due.beforeRaised",
                key(() -> new FollowUp(school, null, null, "Copier broken", leader, visitDay, visitDay.minusDays(1), leader, false)));
        assertEquals("followUp.due.tooFar",
                key(() -> new FollowUp(school, null, null, "Copier broken", leader, visitDay, visitDay.plusYears(2), leader, false)));
        assertEquals("followUp.concern.required",
                key(() -> new FollowUp(school, null, null, " ", leader, visitDay, visitDay, leader, false)));
        FollowUp f = new FollowUp(school, null, null, "Copier broken", leader, visitDay, visitDay, leader, false);
        assertEquals(FollowUpStatus.OPEN, f.getStatus());
    }

    @Test
    void aFollowUpClosesOnlyWithWhatWasDoneAndStaysClosed() {
        LocalDate day = NOW.toLocalDate();
        FollowUp f = new FollowUp(school, null, null, "Copier broken", leader, day, day.plusDays(7), leader, false);
        f.progress(FollowUpStatus.IN_PROGRESS);
        assertEquals("followUp.status.resolveWithText", key(() -> f.progress(FollowUpStatus.RESOLVED)));
        assertEquals("followUp.resolution.required", key(() -> f.resolve("  ", day)));
        f.resolve(" Replaced the copier ", day.plusDays(2));
        assertEquals("Replaced the copier", f.getResolution());
        assertEquals(day.plusDays(2), f.getResolvedOn());
        assertEquals("followUp.closed", key(() -> f.resolve("again", day)));
        assertEquals("followUp.closed", key(() -> f.progress(FollowUpStatus.OPEN)));
    }

    @Test
    void overdueMeansOpenPastTheDueDate() {
        LocalDate due = NOW.toLocalDate();
        assertFalse(FollowUp.isOverdue(FollowUpStatus.OPEN, due, due), "due today is not overdue yet");
        assertTrue(FollowUp.isOverdue(FollowUpStatus.OPEN, due, due.plusDays(1)));
        assertTrue(FollowUp.isOverdue(FollowUpStatus.IN_PROGRESS, due, due.plusDays(1)));
        assertFalse(FollowUp.isOverdue(FollowUpStatus.RESOLVED, due, due.plusDays(9)));
    }

    @Test
    void aRecognitionIsForAPersonOrATeamAndWaitsTooLongAfterThreeDays() {
        LocalDate day = NOW.toLocalDate();
        StaffMember here = new StaffMember(school, "Nia Patel", RoleGroup.TEACHER);
        assertEquals("recognition.who",
                key(() -> new Recognition(school, null, null, here, "Kitchen team", "Names", day, leader, false)));
        assertEquals("recognition.who", key(() -> new Recognition(school, null, null, null, " ", "Names", day, leader, false)));
        assertEquals("recognition.otherSchool", key(() -> new Recognition(other, null, null, here, null, "Names", day, leader, false)));
        Recognition r = new Recognition(school, null, null, null, "Kitchen team", "Learned every name", day, leader, false);
        assertFalse(Recognition.isWaitingTooLong(day, false, day.plusDays(3)));
        assertTrue(Recognition.isWaitingTooLong(day, false, day.plusDays(4)));
        assertFalse(Recognition.isWaitingTooLong(day, true, day.plusDays(30)));
        r.acknowledge(leader, Instant.EPOCH);
        assertEquals("recognition.alreadyAcknowledged", key(() -> r.acknowledge(leader, Instant.EPOCH)));
    }
}
