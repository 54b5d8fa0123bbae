package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The privacy rules of PRODUCT.md, each as the policy states it, for every kind of caller. */
class AccessPolicyTest {

    private static final long SCHOOL = 100_007L;
    private static final long OTHER_SCHOOL = 100_008L;

    private static final Caller SUPERINTENDENT = new Caller(100_001L, "sup", "Sup", EnumSet.of(Role.SUPERINTENDENT), null);
    private static final Caller ASSISTANT = new Caller(100_002L, "asst", "Asst",
            EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null);
    private static final Caller PRINCIPAL = new Caller(100_003L, "p", "P", EnumSet.of(Role.PRINCIPAL), SCHOOL);
    private static final Caller ADMIN = new Caller(100_004L, "admin", "Admin", EnumSet.of(Role.ADMIN), null);

    @Test
    void rule1DistrictLeadersSeeEverySchoolAPrincipalTheirOwnAnAdminNone() {
        assertTrue(AccessPolicy.seesSchool(SUPERINTENDENT, SCHOOL) && AccessPolicy.seesSchool(SUPERINTENDENT, OTHER_SCHOOL));
        assertTrue(AccessPolicy.seesSchool(ASSISTANT, OTHER_SCHOOL));
        assertTrue(AccessPolicy.seesSchool(PRINCIPAL, SCHOOL));
        assertFalse(AccessPolicy.seesSchool(PRINCIPAL, OTHER_SCHOOL));
        assertFalse(AccessPolicy.seesSchool(ADMIN, SCHOOL));
        assertNull(AccessPolicy.schoolScope(SUPERINTENDENT));
        assertEquals(SCHOOL, AccessPolicy.schoolScope(PRINCIPAL));
    }

    @Test
    void eachRoleOpensOnlyThePagesItUses() {
        for (Caller c : java.util.List.of(SUPERINTENDENT, ASSISTANT, PRINCIPAL, ADMIN)) {
            assertTrue(AccessPolicy.mayOpen(c, "/"), "home for everyone signed in");
            assertTrue(AccessPolicy.mayOpen(c, "/people/index.xhtml"));
            assertTrue(AccessPolicy.mayOpen(c, "/account.xhtml"));
            assertEquals(c == ADMIN, AccessPolicy.mayOpen(c, "/admin/accounts.xhtml"), c.username());
            assertEquals(c != ADMIN, AccessPolicy.mayOpen(c, "/checkins/checkin.xhtml"), c.username());
            assertEquals(c != ADMIN, AccessPolicy.mayOpen(c, "/people/person.xhtml"), c.username());
            assertEquals(c != ADMIN, AccessPolicy.mayOpen(c, "/trends/index.xhtml"), "trends are for leaders");
            assertEquals(c == SUPERINTENDENT || c == ASSISTANT, AccessPolicy.mayOpen(c, "/rounding/plan.xhtml"), c.username());
            assertEquals(c == SUPERINTENDENT || c == ASSISTANT, AccessPolicy.mayOpen(c, "/rounding/recognitions.xhtml"));
            assertEquals(c != ADMIN, AccessPolicy.mayOpen(c, "/rounding/visit.xhtml"), "a principal reads their school's visits");
        }
    }

    @Test
    void rule1AsQueriesDistrictLeadersUnrestrictedAPrincipalBoundToTheirSchoolAnAdminToNothing() {
        assertEquals(Restriction.NONE, AccessPolicy.inScope(SUPERINTENDENT, "s.id"));
        Restriction principal = AccessPolicy.inScope(PRINCIPAL, "s.id");
        assertEquals("s.id = :policySchool", principal.clause());
        assertEquals(Map.of("policySchool", SCHOOL), principal.params());
        assertEquals("1 = 0", AccessPolicy.inScope(ADMIN, "s.id").clause());
    }

    @Test
    void rule7LeadersOnlyRecordsAreReadByDistrictLeadersAlone() {
        assertTrue(AccessPolicy.mayRead(ASSISTANT, SCHOOL, true));
        assertTrue(AccessPolicy.mayRead(PRINCIPAL, SCHOOL, false));
        assertFalse(AccessPolicy.mayRead(PRINCIPAL, SCHOOL, true));
        assertFalse(AccessPolicy.mayRead(PRINCIPAL, OTHER_SCHOOL, false));
        assertNull(AccessPolicy.leadersOnlyText(PRINCIPAL, "Hear the teachers about the principal"));
        assertEquals("Focus", AccessPolicy.leadersOnlyText(SUPERINTENDENT, "Focus"));
        assertEquals("s.id = :policySchool and o.leadersOnly = false",
                AccessPolicy.readable(PRINCIPAL, "s.id", "o.leadersOnly").clause());
        assertEquals("", AccessPolicy.readable(SUPERINTENDENT, "s.id", "o.leadersOnly").clause());
        assertTrue(AccessPolicy.visibleVisit(PRINCIPAL, "v").clause().contains("leadersOnly = false"));
        assertEquals(Restriction.NONE, AccessPolicy.visibleVisit(ASSISTANT, "v"));
    }

    @Test
    void rule2APrivateNoteIsReadByItsAuthorAloneNotTheSuperintendentNorAnAdmin() {
        assertTrue(AccessPolicy.readsPrivateNote(PRINCIPAL, PRINCIPAL.userId()));
        assertFalse(AccessPolicy.readsPrivateNote(SUPERINTENDENT, PRINCIPAL.userId()));
        assertFalse(AccessPolicy.readsPrivateNote(ADMIN, PRINCIPAL.userId()));
        assertFalse(AccessPolicy.readsPrivateNote(ASSISTANT, PRINCIPAL.userId()));
    }

    @Test
    void rule3AConfidentialRecordIsReadByItsAuthorAndTheSuperintendent() {
        assertTrue(AccessPolicy.readsConfidential(ASSISTANT, ASSISTANT.userId()));
        assertTrue(AccessPolicy.readsConfidential(SUPERINTENDENT, ASSISTANT.userId()));
        assertFalse(AccessPolicy.readsConfidential(PRINCIPAL, ASSISTANT.userId()));
        assertFalse(AccessPolicy.readsConfidential(ADMIN, ASSISTANT.userId()));
    }

    @Test
    void rule3TheStaffMembersPrincipalLearnsThatAConversationHappenedAndNobodyElse() {
        long author = 100_050L;
        assertTrue(AccessPolicy.seesConversationHappened(PRINCIPAL, author, SCHOOL), "the staff member's principal");
        assertFalse(AccessPolicy.seesConversationHappened(PRINCIPAL, author, OTHER_SCHOOL), "another school's");
        assertTrue(AccessPolicy.seesConversationHappened(SUPERINTENDENT, author, OTHER_SCHOOL));
        assertFalse(AccessPolicy.seesConversationHappened(ASSISTANT, author, SCHOOL), "an assistant who did not hold it");
        assertTrue(AccessPolicy.seesConversationHappened(ASSISTANT, ASSISTANT.userId(), SCHOOL), "its author");
        assertFalse(AccessPolicy.seesConversationHappened(ADMIN, author, SCHOOL));
        assertEquals("", AccessPolicy.conversationsKnown(SUPERINTENDENT, "a.id", "s.id").clause());
        Restriction principal = AccessPolicy.conversationsKnown(PRINCIPAL, "a.id", "s.id");
        assertEquals("(a.id = :policyMe or s.id = :policySchool)", principal.clause());
        assertEquals(Map.of("policyMe", PRINCIPAL.userId(), "policySchool", SCHOOL), principal.params());
        assertEquals("a.id = :policyMe", AccessPolicy.conversationsKnown(ASSISTANT, "a.id", "s.id").clause());
        assertEquals(Map.of("policyMe", ADMIN.userId()), AccessPolicy.conversationsKnown(ADMIN, "a.id", "s.id").params());
    }

    @Test
    void rule5TheLogOfConfidentialReadsIsTheSuperintendents() {
        assertTrue(AccessPolicy.readsConfidentialAudit(SUPERINTENDENT));
        for (Caller c : java.util.List.of(ASSISTANT, PRINCIPAL, ADMIN)) {
            assertFalse(AccessPolicy.readsConfidentialAudit(c));
            assertFalse(AccessPolicy.mayOpen(c, "/critical/reads.xhtml"), c.username());
        }
        assertTrue(AccessPolicy.mayOpen(SUPERINTENDENT, "/critical/reads.xhtml"));
        assertTrue(AccessPolicy.mayOpen(PRINCIPAL, "/critical/index.xhtml"));
        assertFalse(AccessPolicy.mayOpen(ADMIN, "/critical/conversation.xhtml"), "admins read no conversation");
    }

    @Test
    void aCheckInIsReadByDistrictLeadersAndItsPrincipalAndWrittenByItsTwoParticipants() {
        assertTrue(AccessPolicy.readsCheckIn(SUPERINTENDENT, PRINCIPAL.userId()));
        assertTrue(AccessPolicy.readsCheckIn(PRINCIPAL, PRINCIPAL.userId()));
        assertFalse(AccessPolicy.readsCheckIn(PRINCIPAL, 100_099L), "another principal's");
        assertFalse(AccessPolicy.readsCheckIn(ADMIN, PRINCIPAL.userId()));
        assertTrue(AccessPolicy.takesPart(ASSISTANT, PRINCIPAL.userId(), ASSISTANT.userId()));
        assertTrue(AccessPolicy.takesPart(PRINCIPAL, PRINCIPAL.userId(), ASSISTANT.userId()));
        assertFalse(AccessPolicy.takesPart(SUPERINTENDENT, PRINCIPAL.userId(), ASSISTANT.userId()), "reads, does not write");
    }

    @Test
    void aFollowUpIsReadByDistrictLeadersAndItsOwner() {
        assertTrue(AccessPolicy.readsFollowUp(ASSISTANT, PRINCIPAL.userId()));
        assertTrue(AccessPolicy.readsFollowUp(PRINCIPAL, PRINCIPAL.userId()));
        assertFalse(AccessPolicy.readsFollowUp(PRINCIPAL, ASSISTANT.userId()));
        assertFalse(AccessPolicy.readsFollowUp(ADMIN, ADMIN.userId()), "an admin owns no follow-ups");
        assertEquals(Map.of("policyMe", PRINCIPAL.userId()), AccessPolicy.followUpsReadable(PRINCIPAL, "o.id").params());
    }

    @Test
    void restrictionsCombineTheirClausesAndParameters() {
        Restriction both = new Restriction("a = :a", Map.of("a", 1)).and(new Restriction("b = :b", Map.of("b", 2)));
        assertEquals("a = :a and b = :b", both.clause());
        assertEquals(Map.of("a", 1, "b", 2), both.params());
        assertEquals(" and a = :a and b = :b", both.andClause());
        assertEquals("", Restriction.NONE.and(Restriction.NONE).andClause());
        assertEquals(" where x = 1", Restriction.NONE.and(new Restriction("x = 1", Map.of())).whereClause());
    }
}
