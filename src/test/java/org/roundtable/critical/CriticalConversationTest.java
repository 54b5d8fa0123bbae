package org.roundtable.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roundtable.account.UserAccount;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.School;
import org.roundtable.people.SchoolLevel;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.Role;

/** The record's flow (planned → held → signed off → follow-up → closed), its lock, and what it refuses, in words. */
class CriticalConversationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");
    private static final Retention THREE_YEARS = new Retention(3);

    private final School school = new School("Westview Middle School", SchoolLevel.MIDDLE);
    private final StaffMember teacher = new StaffMember(school, "Jordan Reyes", RoleGroup.TEACHER);
    private final UserAccount author = new UserAccount("sup", "Pat Superintendent", "s@x.org", "h",
            EnumSet.of(Role.SUPERINTENDENT), null);

    private static String refusal(Runnable r) {
        return assertThrows(InvalidRequestException.class, r::run).messageKey();
    }

    private CriticalConversation planned(LocalDate on) {
        return new CriticalConversation(teacher, author, on, Category.EXPECTATIONS, TODAY);
    }

    private static Written said(String text, LocalDate followUp) {
        return new Written(text, null, null, null, followUp, List.of());
    }

    @Test
    void aConversationIsPlannedHeldWrittenSignedOffFollowedUpAndClosed() {
        CriticalConversation c = planned(TODAY.minusDays(1));
        assertEquals(Status.PLANNED, c.getStatus());
        assertEquals(school, c.getSchool(), "the staff member's school, whose principal learns of it");
        assertEquals("critical.notHeld", refusal(() -> c.write(said("x", null))), "written up after it is held");
        c.markHeld(TODAY);
        assertEquals(Status.HELD, c.getStatus());
        assertEquals("critical.held.already", refusal(() -> c.markHeld(TODAY)));
        c.write(said("We talked about duty.", TODAY.plusDays(14)));
        c.signOff(100_001L, NOW, TODAY, THREE_YEARS);
        assertTrue(c.isSignedOff());
        assertEquals(Status.FOLLOW_UP, c.getStatus(), "a follow-up day ahead: it waits for it");
        assertNull(c.getRemoveOn(), "retention starts when it closes");
        c.close(TODAY.plusDays(14), THREE_YEARS);
        assertEquals(Status.CLOSED, c.getStatus());
        assertEquals(TODAY.plusDays(14), c.getClosedOn());
        assertEquals(TODAY.plusDays(14).plusYears(3), c.getRemoveOn());
        assertEquals("critical.close.notFollowUp", refusal(() -> c.close(TODAY, THREE_YEARS)));
    }

    @Test
    void withoutAFollowUpDaySigningOffClosesAtOnce() {
        CriticalConversation c = planned(TODAY);
        c.markHeld(TODAY);
        c.write(said("Said.", null));
        c.signOff(100_001L, NOW, TODAY, THREE_YEARS);
        assertEquals(Status.CLOSED, c.getStatus());
        assertEquals(TODAY.plusYears(3), c.getRemoveOn());
    }

    @Test
    void aSignedOffRecordNeverChangesAgain() {
        CriticalConversation c = planned(TODAY);
        c.markHeld(TODAY);
        c.write(said("Said.", TODAY.plusDays(7)));
        c.signOff(100_001L, NOW, TODAY, THREE_YEARS);
        assertEquals("record.locked", refusal(() -> c.write(said("Rewritten.", null))));
        assertEquals("record.locked", refusal(() -> c.prepare(new Preparation(Nature.CONTENT, null, null, null, null, "x", List.of(), Set.of()))));
        assertEquals("record.locked", refusal(() -> c.reschedule(TODAY, Category.SKILLS, TODAY)));
        assertEquals("record.locked", refusal(() -> c.signOff(100_001L, NOW, TODAY, THREE_YEARS)));
        assertEquals("record.locked", refusal(() -> c.markHeld(TODAY)));
        assertEquals("Said.", c.getSaid());
        assertEquals(Category.EXPECTATIONS, c.getCategory());
    }

    @Test
    void anEmptyRecordCannotBeSignedOffNorAPlannedOne() {
        CriticalConversation c = planned(TODAY);
        assertEquals("critical.notHeld", refusal(() -> c.signOff(100_001L, NOW, TODAY, THREE_YEARS)));
        c.markHeld(TODAY);
        assertEquals("critical.signOff.empty", refusal(() -> c.signOff(100_001L, NOW, TODAY, THREE_YEARS)));
        c.write(said("   ", null));
        assertEquals("critical.signOff.empty", refusal(() -> c.signOff(100_001L, NOW, TODAY, THREE_YEARS)), "blank is empty");
        assertFalse(c.isSignedOff());
    }

    @Test
    void datesKeepTheirOrder() {
        CriticalConversation future = planned(TODAY.plusDays(3));
        assertEquals("critical.held.future", refusal(() -> future.markHeld(TODAY)));
        assertEquals("critical.heldOn.range", refusal(() -> planned(TODAY.plusYears(1).plusDays(1))));
        assertEquals("critical.heldOn.required", refusal(() -> planned(null)));
        assertEquals("critical.category.required",
                refusal(() -> new CriticalConversation(teacher, author, TODAY, null, TODAY)));
        CriticalConversation c = planned(TODAY.minusDays(5));
        c.markHeld(TODAY);
        assertEquals("critical.followUp.beforeConversation", refusal(() -> c.write(said("x", TODAY.minusDays(6)))));
        assertEquals("critical.step.beforeConversation", refusal(() -> c.write(new Written("x", null, null, null, null,
                List.of(new Written.StepDraft("Send the rota", StepOwner.LEADER, TODAY.minusDays(6)))))));
        assertEquals("critical.fact.afterConversation", refusal(() -> c.prepare(new Preparation(Nature.CONTENT, null, null, null,
                null, null, List.of(new Preparation.FactDraft(TODAY.minusDays(4), "Seen later", null)), Set.of()))));
        assertEquals("critical.ack.beforeConversation", refusal(() -> c.acknowledge(
                new AcknowledgementDraft(Acknowledgement.RECEIVED_NOT_AGREED, TODAY.minusDays(6), null, null), TODAY)));
        assertEquals("critical.ack.future", refusal(() -> c.acknowledge(
                new AcknowledgementDraft(Acknowledgement.RECEIVED_NOT_AGREED, TODAY.plusDays(1), null, null), TODAY)));
        c.write(said("x", TODAY));
        assertEquals("critical.heldOn.afterFollowUp", refusal(() -> c.reschedule(TODAY.minusDays(1).plusDays(2), Category.SKILLS, TODAY.plusDays(2))));
        assertEquals("x", c.getSaid(), "a refused change leaves the record as it was");
        assertEquals(TODAY.minusDays(5), c.getHeldOn());
    }

    @Test
    void declinedToSignNeedsAWitnessAndReceivedKeepsNone() {
        CriticalConversation c = planned(TODAY);
        c.markHeld(TODAY);
        assertEquals("critical.ack.witness", refusal(() -> c.acknowledge(
                new AcknowledgementDraft(Acknowledgement.DECLINED, TODAY, " ", null), TODAY)));
        c.acknowledge(new AcknowledgementDraft(Acknowledgement.RECEIVED_NOT_AGREED, TODAY, "Someone", "I disagree."), TODAY);
        assertNull(c.getWitness(), "a witness is for a refusal to sign");
        assertEquals("I disagree.", c.getResponseText());
        c.acknowledge(new AcknowledgementDraft(Acknowledgement.DECLINED, TODAY, "Maria Okafor", null), TODAY);
        assertEquals("Maria Okafor", c.getWitness());
    }

    @Test
    void afterSignOffTheStaffMembersAnswerIsRecordedOnceThenFixed() {
        CriticalConversation c = planned(TODAY);
        c.markHeld(TODAY);
        c.write(said("Said.", null));
        c.signOff(100_001L, NOW, TODAY, THREE_YEARS);
        assertTrue(c.isAnswerable(), "signed off without an answer: it may be recorded once");
        c.acknowledge(new AcknowledgementDraft(Acknowledgement.RECEIVED_NOT_AGREED, TODAY, null, null), TODAY);
        assertFalse(c.isAnswerable());
        assertEquals("record.locked", refusal(() -> c.acknowledge(
                new AcknowledgementDraft(Acknowledgement.DECLINED, TODAY, "W", null), TODAY)));
        assertEquals(Acknowledgement.RECEIVED_NOT_AGREED, c.getAcknowledgement());
    }

    @Test
    void aPatternLinksEarlierOnesAndTheExpectationIsKeyed() {
        CriticalConversation c = planned(TODAY);
        assertEquals("critical.pattern.linkEarlier", refusal(() -> c.prepare(new Preparation(Nature.PATTERN, null, null, null,
                null, "Duty by 7:40", List.of(), Set.of()))));
        c.prepare(new Preparation(Nature.PATTERN, " me ", null, "", null, "  Arrive for Duty by 7:40!  ",
                List.of(new Preparation.FactDraft(null, null, " "), new Preparation.FactDraft(TODAY, "Saw it", " story ")),
                Set.of(100_500L)));
        assertEquals("me", c.getWantForMe());
        assertNull(c.getWantForUs());
        assertEquals("Arrive for Duty by 7:40!", c.getExpectation());
        assertEquals("arrive for duty by 7 40", c.getExpectationKey());
        assertEquals(1, c.getFacts().size(), "a blank row is left out");
        assertEquals("story", c.getFacts().get(0).getStory());
        assertEquals(Set.of(100_500L), c.getEarlierIds());
    }

    @Test
    void retentionRedactsAClosedRecordOnItsDayUnlessHeld() {
        CriticalConversation c = planned(TODAY);
        c.markHeld(TODAY);
        c.prepare(new Preparation(Nature.CONTENT, "me", "them", "us", "Opening", "Exp", List.of(
                new Preparation.FactDraft(TODAY, "Saw", "Story")), Set.of()));
        c.write(new Written("Said", "Their view", "Restated", "Support", null,
                List.of(new Written.StepDraft("Step", StepOwner.STAFF_MEMBER, TODAY))));
        c.acknowledge(new AcknowledgementDraft(Acknowledgement.DECLINED, TODAY, "Witness", "Response"), TODAY);
        c.signOff(100_001L, NOW, TODAY, THREE_YEARS);
        LocalDate removal = TODAY.plusYears(3);
        assertFalse(c.isRemovalDue(removal.minusDays(1)));
        assertTrue(c.isRemovalDue(removal));
        c.placeHold("Grievance pending", 100_001L, NOW);
        assertFalse(c.isRemovalDue(removal.plusYears(1)), "a legal hold stops it");
        assertThrows(IllegalStateException.class, () -> c.redact(removal));
        c.releaseHold();
        assertEquals("critical.hold.none", refusal(c::releaseHold));
        c.redact(removal.plusDays(1));
        assertTrue(c.isRedacted());
        assertEquals(removal.plusDays(1), c.getRedactedOn());
        for (Object content : new Object[] {c.getSaid(), c.getTheirView(), c.getExpectation(), c.getOpening(), c.getWantForMe(),
                c.getSupport(), c.getResponseText(), c.getWitness(), c.getExpectationRestated()}) {
            assertNull(content);
        }
        assertTrue(c.getFacts().isEmpty() && c.getSteps().isEmpty());
        assertEquals(TODAY, c.getHeldOn(), "the day stays");
        assertEquals(Category.EXPECTATIONS, c.getCategory(), "the category stays");
        assertEquals(Status.CLOSED, c.getStatus());
        assertFalse(c.isRemovalDue(removal.plusDays(2)), "removed once");
        assertEquals("critical.redacted", refusal(() -> c.placeHold("late", 1L, NOW)));
        assertEquals("critical.hold.reason", refusal(() -> planned(TODAY).placeHold(" ", 1L, NOW)));
    }

    @Test
    void theFollowUpReminderIsClaimedOncePerDay() {
        CriticalConversation c = planned(TODAY);
        c.markHeld(TODAY);
        assertFalse(c.claimReminder(), "no follow-up day, no reminder");
        c.write(said("Said", TODAY.plusDays(3)));
        assertTrue(c.claimReminder());
        assertFalse(c.claimReminder(), "claimed");
        c.write(said("Said", TODAY.plusDays(10)));
        assertTrue(c.claimReminder(), "a moved day is reminded again");
    }
}
