package org.roundtable.critical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.ActingCaller.as;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.observation.ObservationFilter;
import org.roundtable.observation.ObservationRow;
import org.roundtable.observation.Observations;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Tone;
import org.roundtable.people.RoleGroup;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.Caller;
import org.roundtable.security.Role;
import org.roundtable.support.AccessMatrix;
import org.roundtable.support.AccessMatrix.Outcome;
import org.roundtable.support.AccessMatrix.Who;
import org.roundtable.support.Deployments;
import org.roundtable.support.Inbox;
import org.roundtable.support.TestData;

/**
 * Critical conversations in Payara against MariaDB: the confidentiality matrix (every role, by record, list, search,
 * history, export, response file, the log of reads, every change), an audit row for each read of content, the
 * observation a conversation adds to the trends (no words, no leak), the lock after sign-off and the refusals
 * (audited, nothing changed), the pattern, retention and legal hold, the follow-up reminder, and statements per read.
 */
@ExtendWith(ArquillianExtension.class)
class CriticalIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(CriticalIT.class).addClass(RetentionAndPdfCheckTest.class)
                .addClasses(Inbox.class, Inbox.Mail.class)
                .addAsLibrary(Deployments.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    private static final String SECRET = "Zanzibar-quartz secret words";

    @Inject
    CriticalConversations conversations;

    @Inject
    CriticalSweeps sweeps;

    @Inject
    Observations observations;

    @Inject
    TestData data;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @PersistenceUnit(unitName = "roundtable")
    EntityManagerFactory emf;

    LocalDate today;
    long schoolA;
    long schoolB;
    long teacherA;
    long theme;
    AccessMatrix callers;
    /** An assistant superintendent who is not in the matrix: the author of {@link #byOther}. */
    Caller otherAssistant;
    long byOther;
    long byPrincipalA;

    @BeforeEach
    void setUp() throws Exception {
        today = LocalDate.now();
        schoolA = data.school(TestData.unique("Critical A"));
        schoolB = data.school(TestData.unique("Critical B"));
        theme = data.theme(TestData.unique("Critical theme"));
        teacherA = data.staff(schoolA, TestData.unique("Jordan Reyes"), RoleGroup.TEACHER);
        callers = new AccessMatrix(data, schoolA, schoolB);
        otherAssistant = data.account(Role.ASSISTANT_SUPERINTENDENT, null);
        byOther = held(otherAssistant, teacherA, today.minusDays(2), SECRET);
        byPrincipalA = held(callers.get(Who.PRINCIPAL_A), teacherA, today.minusDays(1), "Principal A's own words");
    }

    /** A conversation planned, prepared, held and written up by {@code author}. */
    private long held(Caller author, long staff, LocalDate day, String said) throws Exception {
        return as(author, () -> {
            long id = conversations.plan(staff, day, Category.EXPECTATIONS);
            long v = conversations.prepare(id, version(id), new Preparation(Nature.CONTENT, "me " + said, null, null,
                    "Opening " + said, "Arrive by 7:40", List.of(new Preparation.FactDraft(day, "Saw " + said, "Story " + said)), Set.of()));
            v = conversations.markHeld(id, v);
            conversations.write(id, v, new Written(said, "Their view " + said, null, null, null, List.of()));
            return id;
        });
    }

    private long version(long id) {
        return em.createQuery("select c.version from CriticalConversation c where c.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    private CriticalConversation stored(long id) {
        em.clear();
        return em.find(CriticalConversation.class, id);
    }

    private long reads(long id) {
        return em.createQuery("""
                select count(e) from AuditEvent e where e.action = 'CONFIDENTIAL_READ' and e.targetType = :t and e.targetId = :id""",
                Long.class).setParameter("t", CriticalConversations.RECORD).setParameter("id", String.valueOf(id)).getSingleResult();
    }

    private long audited(Caller who, String action) {
        return data.countAudit(who.username(), action);
    }

    private static String refusal(Callable<?> call) {
        return assertThrows(InvalidRequestException.class, call::call).messageKey();
    }

    /** The text of every page of a PDF (OpenPDF's reader, which the portal ships). */
    static String pdfText(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append(' ');
        }
        return all.toString().replaceAll("\\s+", " ");
    }

    private void matrix(String action, Map<Who, Outcome> expected, Function<Who, Callable<?>> call) {
        callers.check(action, expected, call);
    }

    private static final Map<Who, Outcome> READERS_OF_OTHERS = AccessMatrix.expect(Outcome.OK, Outcome.NOT_FOUND,
            Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.DENIED);
    private static final Map<Who, Outcome> LEARNS_OF_OTHERS = AccessMatrix.expect(Outcome.OK, Outcome.NOT_FOUND, Outcome.OK,
            Outcome.NOT_FOUND, Outcome.DENIED);

    @Test
    void onlyTheAuthorAndTheSuperintendentReadTheContentAndTheSchoolsPrincipalLearnsThatItHappened() throws Exception {
        matrix("find another's", LEARNS_OF_OTHERS, who -> () -> conversations.find(byOther));
        matrix("find principal A's", LEARNS_OF_OTHERS, who -> () -> conversations.find(byPrincipalA));
        matrix("export another's", READERS_OF_OTHERS, who -> () -> conversations.exportPdf(byOther, Locale.ENGLISH));
        matrix("export principal A's", AccessMatrix.expect(Outcome.OK, Outcome.NOT_FOUND, Outcome.OK, Outcome.NOT_FOUND,
                Outcome.DENIED), who -> () -> conversations.exportPdf(byPrincipalA, Locale.ENGLISH));
        matrix("history of A's teacher", AccessMatrix.expect(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.NOT_FOUND,
                Outcome.DENIED), who -> () -> conversations.timeline(teacherA));
        matrix("log of reads", AccessMatrix.expect(Outcome.OK, Outcome.DENIED, Outcome.DENIED, Outcome.DENIED, Outcome.DENIED),
                who -> () -> conversations.readsLog(null, 0, 10));
        matrix("list", AccessMatrix.LEADERS, who -> () -> conversations.list(null, null, 0, 10));

        CriticalView asSuperintendent = as(callers.get(Who.SUPERINTENDENT), () -> conversations.find(byOther));
        assertEquals(SECRET, asSuperintendent.content().said());
        assertFalse(asSuperintendent.content().mine(), "the superintendent reads it but does not change it");
        CriticalView asPrincipal = as(callers.get(Who.PRINCIPAL_A), () -> conversations.find(byOther));
        assertNull(asPrincipal.content(), "the staff member's principal: day, category and status only");
        assertEquals(today.minusDays(2), asPrincipal.heldOn());
        assertEquals(Category.EXPECTATIONS, asPrincipal.category());
        assertEquals(Status.HELD, asPrincipal.status());
        assertFalse(asPrincipal.toString().contains("Zanzibar"), "nothing of the content travels to the page");

        // the lists and the history: what each learns of, and the content flag per row
        Function<Who, List<CriticalRow>> listed = who -> {
            try {
                return as(callers.get(who), () -> conversations.list(null, null, 0, 100)).rows().stream()
                        .filter(r -> r.id() == byOther || r.id() == byPrincipalA).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertEquals(2, listed.apply(Who.SUPERINTENDENT).stream().filter(CriticalRow::content).count());
        assertTrue(listed.apply(Who.ASSISTANT).isEmpty(), "an assistant who held neither learns of neither");
        assertTrue(listed.apply(Who.PRINCIPAL_B).isEmpty(), "another school's principal learns of nothing");
        List<CriticalRow> principalA = listed.apply(Who.PRINCIPAL_A);
        assertEquals(2, principalA.size());
        CriticalRow others = principalA.stream().filter(r -> r.id() == byOther).findFirst().orElseThrow();
        assertFalse(others.content());
        assertNull(others.authorName(), "who held it is content too");
        assertTrue(principalA.stream().filter(r -> r.id() == byPrincipalA).findFirst().orElseThrow().content());
        String name = em.createQuery("select m.fullName from StaffMember m where m.id = :id", String.class)
                .setParameter("id", teacherA).getSingleResult();
        assertEquals(0, as(callers.get(Who.PRINCIPAL_B), () -> conversations.list(name, null, 0, 10)).total(), "by search");
        assertEquals(2, as(callers.get(Who.PRINCIPAL_A), () -> conversations.list(name.substring(0, 8), null, 0, 10)).total());
        assertEquals(1, as(callers.get(Who.SUPERINTENDENT), () -> conversations.list(name, Status.HELD, 0, 10)).rows().stream()
                .filter(r -> r.id() == byOther).count());
        assertEquals(0, as(callers.get(Who.SUPERINTENDENT), () -> conversations.list("%", null, 0, 10)).rows().stream()
                .filter(r -> r.id() == byOther).count(), "a wildcard is a character, not everything");
        CriticalConversations.Timeline history = as(callers.get(Who.PRINCIPAL_A), () -> conversations.timeline(teacherA));
        assertEquals(List.of(byPrincipalA, byOther), history.rows().stream().map(CriticalRow::id).toList(), "newest first");
        assertFalse(history.rows().get(1).content());
        assertTrue(as(callers.get(Who.ASSISTANT), () -> conversations.timeline(teacherA)).rows().isEmpty());
    }

    @Test
    void onlyTheAuthorChangesARecordAndEveryoneElseIsRefused() {
        Map<Who, Outcome> nobodyInTheMatrix = AccessMatrix.expect(Outcome.DENIED, Outcome.NOT_FOUND, Outcome.NOT_FOUND,
                Outcome.NOT_FOUND, Outcome.DENIED);
        matrix("write another's", nobodyInTheMatrix, who -> () -> conversations.write(byOther, version(byOther),
                new Written("Overwritten", null, null, null, null, List.of())));
        matrix("sign off another's", nobodyInTheMatrix, who -> () -> {
            conversations.signOff(byOther, version(byOther));
            return null;
        });
        matrix("delete another's", nobodyInTheMatrix, who -> () -> {
            conversations.delete(byOther, version(byOther));
            return null;
        });
        matrix("attach to another's", nobodyInTheMatrix, who -> () -> conversations.attachResponse(byOther, version(byOther),
                "r.pdf", RetentionAndPdfCheckTest.pdf("x")));
        matrix("legal hold", AccessMatrix.expect(Outcome.OK, Outcome.NOT_FOUND, Outcome.DENIED, Outcome.NOT_FOUND, Outcome.DENIED),
                who -> () -> {
                    conversations.placeHold(byOther, version(byOther), "Grievance " + who);
                    conversations.releaseHold(byOther, version(byOther));
                    return null;
                });
        CriticalConversation kept = stored(byOther);
        assertEquals(SECRET, kept.getSaid(), "nothing changed");
        assertFalse(kept.isSignedOff());
        assertFalse(kept.isDeleted());
        assertFalse(kept.isOnHold());
        assertTrue(audited(callers.get(Who.PRINCIPAL_B), "ACCESS_DENIED") >= 4, "every refusal is audited");
    }

    @Test
    void everyReadOfContentIsAuditedAndTheSuperintendentSeesWhoReadWhat() throws Exception {
        Caller sup = callers.get(Who.SUPERINTENDENT);
        long before = reads(byOther);
        as(sup, () -> conversations.find(byOther));
        as(callers.get(Who.PRINCIPAL_A), () -> conversations.find(byOther));
        assertEquals(before + 1, reads(byOther), "the principal's look at the metadata reads no content");
        byte[] pdf = as(sup, () -> conversations.exportPdf(byOther, Locale.ENGLISH));
        assertEquals(before + 2, reads(byOther), "an export is a read");
        as(otherAssistant, () -> conversations.attachResponse(byOther, version(byOther), "letter.pdf",
                RetentionAndPdfCheckTest.pdf("My response")));
        as(sup, () -> conversations.responseFile(byOther));
        assertEquals(before + 3, reads(byOther), "a response file served is a read");
        as(otherAssistant, () -> conversations.find(byOther));
        assertEquals(before + 4, reads(byOther), "the author's own reads too");

        var log = as(sup, () -> conversations.readsLog(byOther, 0, 50));
        assertEquals(before + 4, log.total());
        assertEquals(List.of("read", "response file downloaded", "exported as PDF", "read"),
                log.rows().stream().limit(4).map(CriticalConversations.ReadRow::how).toList(), "newest first");
        assertEquals(List.of(otherAssistant.username(), sup.username(), sup.username(), sup.username()),
                log.rows().stream().limit(4).map(CriticalConversations.ReadRow::reader).toList());
        assertTrue(log.rows().stream().allMatch(r -> r.conversationId() == byOther && r.staffName() != null
                && r.category() == Category.EXPECTATIONS));
        assertEquals(0L, em.createQuery("select count(e) from AuditEvent e where e.detail like :secret", Long.class)
                .setParameter("secret", "%Zanzibar%").getSingleResult(), "the audit log (the admins' page) holds no content");
        String text = pdfText(pdf);
        assertTrue(text.contains(SECRET), "the export holds the record: " + text);
        assertTrue(text.contains("Exported by " + sup.displayName()), "its footer says who exported it");
    }

    @Test
    void aConversationAddsToTheTrendsWithoutItsWordsAndOnlyOnce() throws Exception {
        Caller principalA = callers.get(Who.PRINCIPAL_A);
        Caller sup = callers.get(Who.SUPERINTENDENT);
        long mine = as(principalA, () -> conversations.observe(byPrincipalA, version(byPrincipalA), Set.of(theme), Tone.CONCERN));
        assertEquals("critical.observed.already", refusal(() -> as(principalA,
                () -> conversations.observe(byPrincipalA, version(byPrincipalA), Set.of(theme), Tone.CONCERN))));
        long theirs = as(otherAssistant, () -> conversations.observe(byOther, version(byOther), Set.of(theme), Tone.CONCERN));
        List<ObservationRow> districtRows = as(sup, () -> observations.search(
                new ObservationFilter(schoolA, theme, null, null, null, null), 0, 50, null, false)).rows();
        assertEquals(Set.of(mine, theirs), Set.copyOf(districtRows.stream().map(ObservationRow::id).toList()));
        assertTrue(districtRows.stream().allMatch(r -> r.text().equals(CriticalConversations.OBSERVATION_TEXT)
                && r.sourceType() == SourceType.CRITICAL_CONVERSATION), "the themes and tone, never the words");
        assertEquals(List.of(mine), as(principalA, () -> observations.search(
                new ObservationFilter(schoolA, theme, null, null, null, null), 0, 50, null, false)).rows().stream().map(ObservationRow::id).toList(),
                "a district leader's is kept from the school's principal: it would tell who held it");
        assertTrue(as(callers.get(Who.PRINCIPAL_B), () -> observations.search(
                new ObservationFilter(null, theme, null, null, null, null), 0, 50, null, false)).rows().isEmpty());
        assertEquals(mine, stored(byPrincipalA).getObservationId());
        assertEquals(List.of(theme), as(sup, () -> observations.find(mine)).themes().stream()
                .map(org.roundtable.observation.ThemeRef::id).toList());
    }

    @Test
    void aSignedOffRecordRefusesEveryChangeByAReplayedFormAndTheAttemptIsAudited() throws Exception {
        Caller author = otherAssistant;
        long stale;
        assertEquals("critical.signOff.empty", refusal(() -> as(author, () -> {
            long v = conversations.write(byOther, version(byOther), new Written(" ", null, null, null, null, List.of()));
            conversations.signOff(byOther, v);
            return null;
        })));
        assertFalse(stored(byOther).isSignedOff(), "an empty record is not signed off");
        as(author, () -> conversations.write(byOther, version(byOther), new Written(SECRET, null, null, null, null, List.of())));
        stale = version(byOther);
        assertEquals("critical.followUp.beforeConversation", refusal(() -> as(author, () -> conversations.write(byOther,
                version(byOther), new Written(SECRET, null, null, null, today.minusDays(3), List.of())))));
        assertEquals("critical.response.notPdf", refusal(() -> as(author, () -> conversations.attachResponse(byOther,
                version(byOther), "fake.pdf", "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        byte[] big = new byte[ResponseFile.MAX_BYTES + 1];
        System.arraycopy(RetentionAndPdfCheckTest.pdf("big"), 0, big, 0, 200);
        assertEquals("critical.response.tooLarge", refusal(() -> as(author, () -> conversations.attachResponse(byOther,
                version(byOther), "big.pdf", big))));
        byte[] letter = RetentionAndPdfCheckTest.pdf("I received this; I do not agree.");
        as(author, () -> conversations.attachResponse(byOther, version(byOther), "../../etc/letter.pdf", letter));
        long refusedBefore = audited(author, "CRITICAL_REFUSED");
        as(author, () -> {
            long v = conversations.write(byOther, version(byOther), new Written(SECRET, null, null, null, today.plusDays(10), List.of()));
            conversations.signOff(byOther, v);
            return null;
        });
        CriticalConversation signed = stored(byOther);
        assertTrue(signed.isSignedOff());
        assertEquals(Status.FOLLOW_UP, signed.getStatus());

        // the form opened before sign-off, sent again: refused as locked (not as a stale copy), nothing changes
        assertEquals("record.locked", refusal(() -> as(author, () -> conversations.write(byOther, stale,
                new Written("Rewritten after sign-off", null, null, null, null, List.of())))));
        assertEquals("record.locked", refusal(() -> as(author, () -> conversations.prepare(byOther, version(byOther),
                new Preparation(Nature.CONTENT, "x", null, null, null, null, List.of(), Set.of())))));
        assertEquals("record.locked", refusal(() -> as(author, () -> conversations.reschedule(byOther, version(byOther),
                today, Category.SKILLS))));
        assertEquals("record.locked", refusal(() -> as(author, () -> conversations.attachResponse(byOther, version(byOther),
                "other.pdf", RetentionAndPdfCheckTest.pdf("another")))), "the response file is fixed with the record");
        assertEquals(refusedBefore + 4, audited(author, "CRITICAL_REFUSED"), "each attempt audited");
        CriticalConversation still = stored(byOther);
        assertEquals(SECRET, still.getSaid());
        assertEquals(Category.EXPECTATIONS, still.getCategory());
        assertArrayEquals(letter, as(author, () -> conversations.responseFile(byOther)).getContent());
        assertEquals("letter.pdf", as(author, () -> conversations.responseFile(byOther)).getFileName());

        // what a signed-off record takes: the staff member's answer once, dated addenda, closing the follow-up
        as(author, () -> conversations.acknowledge(byOther, version(byOther),
                new AcknowledgementDraft(Acknowledgement.RECEIVED_NOT_AGREED, today, null, "Received.")));
        assertEquals("record.locked", refusal(() -> as(author, () -> conversations.acknowledge(byOther, version(byOther),
                new AcknowledgementDraft(Acknowledgement.DECLINED, today, "W", null)))));
        as(author, () -> conversations.addAddendum(byOther, version(byOther), "Followed up: on time all week."));
        assertEquals("addendum.notSignedOff", refusal(() -> as(callers.get(Who.PRINCIPAL_A),
                () -> conversations.addAddendum(byPrincipalA, version(byPrincipalA), "Too early"))));
        as(author, () -> conversations.close(byOther, version(byOther)));
        CriticalConversation closed = stored(byOther);
        assertEquals(Status.CLOSED, closed.getStatus());
        assertEquals(today.plusYears(conversations.retention().years()), closed.getRemoveOn());
        CriticalView view = as(author, () -> conversations.find(byOther));
        assertEquals(List.of("Followed up: on time all week."), view.content().addenda().stream()
                .map(CriticalView.AddendumView::text).toList());
        assertEquals(SECRET, view.content().said(), "the original text is never changed");
    }

    @Test
    void oddInputIsRefusedInWordsAndChangesNothing() throws Exception {
        Caller principalA = callers.get(Who.PRINCIPAL_A);
        assertEquals("critical.text.size", refusal(() -> as(principalA, () -> conversations.write(byPrincipalA,
                version(byPrincipalA), new Written("x".repeat(CriticalConversation.MAX_SAID + 1), null, null, null, null, List.of())))));
        assertEquals("critical.text.size", refusal(() -> as(principalA, () -> conversations.prepare(byPrincipalA,
                version(byPrincipalA), new Preparation(Nature.CONTENT, null, null, null, null, "e".repeat(301), List.of(), Set.of())))));
        assertEquals("Principal A's own words", stored(byPrincipalA).getSaid());
        assertEquals("critical.heldOn.range", refusal(() -> as(principalA,
                () -> conversations.plan(teacherA, today.plusYears(2), Category.SKILLS))));
        assertEquals("critical.category.required", refusal(() -> as(principalA, () -> conversations.plan(teacherA, today, null))));
        assertEquals("critical.held.future", refusal(() -> as(principalA, () -> {
            long id = conversations.plan(teacherA, today.plusDays(2), Category.SKILLS);
            return conversations.markHeld(id, version(id));
        })));
        long left = data.staff(schoolA, TestData.unique("Left the district"), RoleGroup.TEACHER);
        data.retireStaff(left);
        assertEquals("critical.staff.inactive", refusal(() -> as(principalA, () -> conversations.plan(left, today, Category.SKILLS))));
        long staffB = data.staff(schoolB, TestData.unique("At school B"), RoleGroup.TEACHER);
        assertThrows(org.roundtable.platform.NotFoundException.class, () -> as(principalA,
                () -> conversations.plan(staffB, today, Category.SKILLS)), "another school's staff");
    }

    @Test
    void twoTabsSavingTheSameRecordAreCaughtNotOverwritten() throws Exception {
        long opened = version(byPrincipalA);
        as(callers.get(Who.PRINCIPAL_A), () -> conversations.write(byPrincipalA, opened,
                new Written("First tab", null, null, null, null, List.of())));
        assertThrows(ConcurrentEditException.class, () -> as(callers.get(Who.PRINCIPAL_A),
                () -> conversations.write(byPrincipalA, opened, new Written("Second tab", null, null, null, null, List.of()))));
        assertEquals("First tab", stored(byPrincipalA).getSaid());
    }

    @Test
    void theThirdConversationAboutTheSameExpectationIsNamedAsAPattern() throws Exception {
        Caller principalA = callers.get(Who.PRINCIPAL_A);
        long second = held(principalA, teacherA, today, "Second time");
        assertTrue(as(principalA, () -> conversations.find(second)).content().pattern().isEmpty(),
                "two of principal A's own (the assistant's is not theirs to count): not yet a pattern");
        long third = as(principalA, () -> {
            long id = conversations.plan(teacherA, today.plusDays(3), Category.EXPECTATIONS);
            conversations.prepare(id, version(id), new Preparation(Nature.PATTERN, null, null, null, null, " ARRIVE by 7.40 ",
                    List.of(), Set.of(second)));
            return id;
        });
        List<CriticalRow> pattern = as(principalA, () -> conversations.find(third)).content().pattern();
        assertEquals(List.of(byPrincipalA, second, third), pattern.stream().map(CriticalRow::id).toList(), "oldest first");
        assertEquals(4, as(callers.get(Who.SUPERINTENDENT), () -> conversations.find(third)).content().pattern().size(),
                "the superintendent reads the assistant's too: four");
        assertEquals("critical.pattern.notEarlier", refusal(() -> as(principalA, () -> conversations.prepare(third,
                version(third), new Preparation(Nature.PATTERN, null, null, null, null, null, List.of(), Set.of(byOther))))),
                "only earlier ones the author may read can be linked");
    }

    @Test
    void retentionRemovesTheContentOnItsDayUnlessOnLegalHoldAndAuditsIt() throws Exception {
        Caller author = otherAssistant;
        Caller sup = callers.get(Who.SUPERINTENDENT);
        long held = held(author, teacherA, today.minusDays(1), "Kept under hold");
        for (long id : List.of(byOther, held)) {
            as(author, () -> {
                conversations.attachResponse(id, version(id), "r.pdf", RetentionAndPdfCheckTest.pdf("response"));
                conversations.signOff(id, version(id));
                conversations.addAddendum(id, version(id), "Addendum to remove");
                return null;
            });
        }
        as(sup, () -> {
            conversations.placeHold(held, version(held), "Grievance 2026-7");
            return null;
        });
        LocalDate removal = today.plusYears(conversations.retention().years());
        assertFalse(sweeps.dueForRemoval(removal.minusDays(1)).contains(byOther), "not before its day");
        CriticalSweeps.Sweep sweep = sweeps.run(removal);
        assertTrue(sweep.redacted() >= 1);
        CriticalConversation removed = stored(byOther);
        assertTrue(removed.isRedacted());
        assertNull(removed.getSaid());
        assertNull(removed.getOpening());
        assertEquals(0L, em.createQuery("select count(f) from CriticalConversation c join c.facts f where c.id = :id", Long.class)
                .setParameter("id", byOther).getSingleResult(), "the facts go");
        assertEquals(today.minusDays(2), removed.getHeldOn());
        assertEquals(Category.EXPECTATIONS, removed.getCategory());
        assertNull(em.find(ResponseFile.class, byOther), "the response file goes with it");
        assertEquals(0L, em.createQuery("select count(a) from Addendum a where a.recordType = :t and a.recordId = :id", Long.class)
                .setParameter("t", CriticalConversations.RECORD).setParameter("id", byOther).getSingleResult());
        assertEquals(1L, em.createQuery("""
                select count(e) from AuditEvent e where e.action = 'CRITICAL_REDACTED' and e.targetId = :id""", Long.class)
                .setParameter("id", String.valueOf(byOther)).getSingleResult());
        assertEquals("critical.redacted", refusal(() -> as(author, () -> conversations.addAddendum(byOther, version(byOther), "x"))));
        CriticalView shown = as(sup, () -> conversations.find(byOther));
        assertTrue(shown.redacted());
        assertEquals(removal, shown.redactedOn());

        assertEquals("Kept under hold", stored(held).getSaid(), "the legal hold keeps it");
        assertNotNull(em.find(ResponseFile.class, held));
        as(sup, () -> {
            conversations.releaseHold(held, version(held));
            return null;
        });
        sweeps.run(removal.plusDays(1));
        assertTrue(stored(held).isRedacted(), "released, it is removed at the next sweep");
        assertEquals(0, sweeps.run(removal.plusDays(2)).redacted(), "once");
        assertTrue(audited(sup, "CRITICAL_HOLD") >= 2, "placing and releasing a hold are audited");
    }

    @Test
    void theFollowUpReminderReachesTheAuthorOnceAndTellsNothingOfTheRecord() throws Exception {
        Caller author = callers.get(Who.PRINCIPAL_A);
        String name = em.createQuery("select m.fullName from StaffMember m where m.id = :id", String.class)
                .setParameter("id", teacherA).getSingleResult();
        as(author, () -> {
            long v = conversations.write(byPrincipalA, version(byPrincipalA),
                    new Written("Principal A's own words", null, null, null, today.plusDays(1), List.of()));
            conversations.signOff(byPrincipalA, v);
            return null;
        });
        String address = em.createQuery("select u.email from UserAccount u where u.id = :id", String.class)
                .setParameter("id", author.userId()).getSingleResult();
        Inbox.start();
        try {
            assertFalse(sweeps.remindersDue(today.minusDays(1)).contains(byPrincipalA), "not two days before");
            sweeps.run(today);
            sweeps.run(today);
            sweeps.run(today.plusDays(1));
            List<Inbox.Mail> mail = Inbox.to(address);
            assertEquals(1, mail.size(), "once");
            Inbox.Mail m = mail.get(0);
            assertTrue(m.body().contains("/critical/conversation.xhtml?id=" + byPrincipalA), m.body());
            assertTrue(m.subject().contains("tomorrow"), m.subject());
            for (String content : List.of(name, "Principal A's own words", "Arrive by 7:40", "Expectations")) {
                assertFalse(m.subject().contains(content) || m.body().contains(content), "no content in the mail: " + content);
            }
            assertEquals(List.of(byPrincipalA), as(author, () -> conversations.myFollowUps(5)).stream()
                    .map(CriticalRow::id).filter(id -> id == byPrincipalA).toList(), "on the author's home page");
        } finally {
            Inbox.stop();
        }
    }

    @Test
    void aDeletedRecordIsHiddenFromEveryoneAndKept() throws Exception {
        as(callers.get(Who.PRINCIPAL_A), () -> {
            conversations.delete(byPrincipalA, version(byPrincipalA));
            return null;
        });
        matrix("find deleted", AccessMatrix.expect(Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND,
                Outcome.DENIED), who -> () -> conversations.find(byPrincipalA));
        assertTrue(as(callers.get(Who.SUPERINTENDENT), () -> conversations.timeline(teacherA)).rows().stream()
                .noneMatch(r -> r.id() == byPrincipalA));
        CriticalConversation kept = stored(byPrincipalA);
        assertTrue(kept.isDeleted());
        assertEquals("Principal A's own words", kept.getSaid(), "soft: the district keeps it");
        assertEquals(1, audited(callers.get(Who.PRINCIPAL_A), "CRITICAL_DELETED"));
    }

    @Test
    void readingARecordTakesTheSameStatementsHoweverMuchItHolds() throws Exception {
        Caller author = otherAssistant;
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        as(author, () -> conversations.find(byOther));
        long small = stats.getPrepareStatementCount();
        as(author, () -> {
            List<Preparation.FactDraft> facts = new java.util.ArrayList<>();
            for (int i = 0; i < 15; i++) {
                facts.add(new Preparation.FactDraft(today.minusDays(2), "Fact " + i, null));
            }
            conversations.prepare(byOther, version(byOther), new Preparation(Nature.CONTENT, null, null, null, null, null, facts, Set.of()));
            List<Written.StepDraft> steps = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                steps.add(new Written.StepDraft("Step " + i, StepOwner.STAFF_MEMBER, today));
            }
            long v = conversations.write(byOther, version(byOther), new Written(SECRET, null, null, null, null, steps));
            conversations.signOff(byOther, v);
            for (int i = 0; i < 6; i++) {
                conversations.addAddendum(byOther, version(byOther), "Addendum " + i);
            }
            return null;
        });
        for (int i = 0; i < 5; i++) {
            held(author, teacherA, today.minusDays(3 + i), "More " + i);
        }
        stats.clear();
        CriticalView big = as(author, () -> conversations.find(byOther));
        assertEquals(15, big.content().facts().size());
        assertEquals(6, big.content().addenda().size());
        assertEquals(small, stats.getPrepareStatementCount(), "no statement per fact, step, addendum or earlier conversation");
        stats.clear();
        as(callers.get(Who.SUPERINTENDENT), () -> conversations.list(null, null, 0, 25));
        assertTrue(stats.getPrepareStatementCount() <= 2, "a page of the list: its rows and its count");
    }
}
