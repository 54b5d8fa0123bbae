package org.roundtable.rounding;

import org.roundtable.account.LeaderRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.observation.ObservationDraft;
import org.roundtable.observation.Observations;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Tone;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.Guard;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;

/**
 * The visit log: conversations and what they turn into — observations linked to the visit, recognitions,
 * concerns with follow-ups. District leaders write it; a principal reads their school's log without the
 * conversations marked "district leaders only" (PRODUCT.md rule 7).
 */
@ApplicationScoped
@Transactional
public class VisitLog {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    Observations observations;

    @Inject
    FollowUps followUps;

    @Inject
    RoundingQuestions questions;

    Clock clock = Clock.systemDefaultZone();

    /** Logs a conversation on a visit that has started and is not cancelled. */
    public long addConversation(long visitId, @NotNull @Valid ConversationDraft draft) {
        Caller caller = guard.requireDistrictLeader("visit", visitId);
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null) {
            throw new InvalidRequestException(null, "visit.gone");
        }
        if (!visit.acceptsConversations(LocalDateTime.now(clock))) {
            throw new InvalidRequestException(null, visit.getStatus() == VisitStatus.CANCELLED
                    ? "conversation.visitCancelled" : "conversation.visitNotStarted");
        }
        Conversation c = new Conversation(visit, em.getReference(UserAccount.class, caller.userId()));
        fill(c, visit, draft);
        em.persist(c);
        em.flush();
        audit.record(caller.username(), Action.CONVERSATION_SAVED, "conversation", c.getId(), "visit " + visitId);
        return c.getId();
    }

    /** Revises a conversation; a second leader's save in between is a conflict, reported and not overwritten. */
    public void reviseConversation(long id, long expectedVersion, @NotNull @Valid ConversationDraft draft) {
        Caller caller = guard.requireDistrictLeader("conversation", id);
        Conversation c = em.find(Conversation.class, id);
        if (c == null) {
            throw new InvalidRequestException(null, "conversation.gone");
        }
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("conversation.conflict");
        }
        boolean wasLeadersOnly = c.isLeadersOnly();
        fill(c, c.getVisit(), draft);
        if (c.isLeadersOnly() != wasLeadersOnly) {
            flagWhatItProduced(c);
        }
        em.flush();
        audit.record(caller.username(), Action.CONVERSATION_SAVED, "conversation", id,
                c.isLeadersOnly() == wasLeadersOnly ? "revised"
                        : c.isLeadersOnly() ? "revised, now district leaders only" : "revised, no longer district leaders only");
    }

    /**
     * PRODUCT.md rule 7 after an edit: what the conversation produced (observations, recognitions, follow-ups)
     * is hidden from the school's principal exactly while the conversation is. A follow-up the principal owns
     * cannot become hidden from them: it is handed to a district leader first.
     */
    private void flagWhatItProduced(Conversation c) {
        boolean hidden = c.isLeadersOnly();
        if (hidden && em.createQuery("""
                select count(f) from FollowUp f join f.owner o
                where f.conversation = :c and not exists (select 1 from UserAccount u join u.roles r
                    where u = o and r in :district)""", Long.class)
                .setParameter("c", c).setParameter("district", List.of(Role.SUPERINTENDENT, Role.ASSISTANT_SUPERINTENDENT))
                .getSingleResult() > 0) {
            throw new InvalidRequestException("leadersOnly", "conversation.leadersOnly.principalOwns");
        }
        observations.flagLeadersOnly(SourceType.ROUNDING_VISIT, c.getId(), hidden);
        em.createQuery("update Recognition r set r.leadersOnly = :flag, r.version = r.version + 1 where r.conversation = :c")
                .setParameter("flag", hidden).setParameter("c", c).executeUpdate();
        em.createQuery("update FollowUp f set f.leadersOnly = :flag, f.version = f.version + 1 where f.conversation = :c")
                .setParameter("flag", hidden).setParameter("c", c).executeUpdate();
    }

    /**
     * The conversations of a visit the caller may read, oldest first, with their answers: two statements. A
     * principal does not get the "district leaders only" ones.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConversationView> conversations(long visitId) {
        Caller caller = guard.requireLeader("visit", visitId);
        long school = schoolOfVisit(caller, visitId);
        return read(caller, "c.visit.id = :key", visitId, school);
    }

    /** Every conversation with one staff member the caller may read, newest first (people memory). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConversationView> conversationsWith(long staffMemberId) {
        Caller caller = guard.requireLeader("staff", staffMemberId);
        StaffMember m = em.find(StaffMember.class, staffMemberId);
        if (m == null || !AccessPolicy.seesSchool(caller, m.getSchool().getId())) {
            throw guard.notFound(caller, "staff", staffMemberId, m == null ? "no such staff member" : "another school");
        }
        List<ConversationView> list = new ArrayList<>(read(caller, "c.staffMember.id = :key", staffMemberId,
                m.getSchool().getId()));
        java.util.Collections.reverse(list);
        return list;
    }

    /** Records an observation from a conversation, linked to its visit and hidden as the conversation is. */
    public long observe(long conversationId, @NotNull @Valid ObservationDraft draft) {
        Caller caller = guard.requireDistrictLeader("conversation", conversationId);
        Conversation c = conversation(conversationId);
        if (!c.getVisit().getSchool().getId().equals(draft.schoolId())) {
            throw new InvalidRequestException("schoolId", "conversation.observation.school");
        }
        return observations.record(draft, SourceType.ROUNDING_VISIT, c.getVisit().getId(), c.getId(), c.isLeadersOnly());
    }

    /** Recognizes a person or team heard about in a conversation. */
    public long recognize(long conversationId, @NotNull @Valid RecognitionDraft draft) {
        Caller caller = guard.requireDistrictLeader("conversation", conversationId);
        Conversation c = conversation(conversationId);
        Visit v = c.getVisit();
        StaffMember member = draft.staffMemberId() == null ? null : staff(draft.staffMemberId());
        Recognition r = new Recognition(v.getSchool(), v, c, member, draft.team(), draft.reason(),
                visitDay(v), em.getReference(UserAccount.class, caller.userId()), c.isLeadersOnly());
        em.persist(r);
        em.flush();
        audit.record(caller.username(), Action.RECOGNITION_SAVED, "recognition", r.getId(), v.getSchool().getName());
        return r.getId();
    }

    /**
     * Turns a concern heard in a conversation into a follow-up. The owner is an active district leader or the
     * school's principal; the due date is not before the visit.
     */
    public long raiseConcern(long conversationId, @NotNull @Valid ConcernDraft draft) {
        Caller caller = guard.requireDistrictLeader("conversation", conversationId);
        Conversation c = conversation(conversationId);
        Visit v = c.getVisit();
        UserAccount owner = followUps.owner(draft.ownerId(), v.getSchool().getId(), c.isLeadersOnly());
        FollowUp f = new FollowUp(v.getSchool(), v, c, draft.concern(), owner, visitDay(v), draft.dueOn(),
                em.getReference(UserAccount.class, caller.userId()), c.isLeadersOnly());
        em.persist(f);
        em.flush();
        audit.record(caller.username(), Action.FOLLOW_UP_SAVED, "followUp", f.getId(), "raised at visit " + v.getId());
        return f.getId();
    }

    /** Who can own a follow-up at a school: active district leaders, and its principal unless the concern is leaders-only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LeaderRef> possibleOwners(long schoolId) {
        guard.requireLeader("school", schoolId);
        return em.createQuery("""
                select distinct new org.roundtable.account.LeaderRef(u.id, u.displayName)
                from UserAccount u join u.roles r
                where u.active = true and (r in :district or (r = :principal and u.school.id = :school))
                order by u.displayName""", LeaderRef.class)
                .setParameter("district", List.of(Role.SUPERINTENDENT, Role.ASSISTANT_SUPERINTENDENT))
                .setParameter("principal", Role.PRINCIPAL)
                .setParameter("school", schoolId)
                .getResultList();
    }

    /** What was heard on a visit: counts, and the answers grouped by question (leaders-only ones for district leaders only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VisitSummary summary(long visitId) {
        Caller caller = guard.requireLeader("visit", visitId);
        List<ConversationView> talks = conversations(visitId);
        String hidden = AccessPolicy.leadersOnlyHidden(caller, "x.leadersOnly").andClause();
        long recognitions = em.createQuery("select count(x) from Recognition x where x.visit.id = :v" + hidden, Long.class)
                .setParameter("v", visitId).getSingleResult();
        long followUps = em.createQuery("select count(x) from FollowUp x where x.visit.id = :v and x.status <> :withdrawn"
                        + hidden, Long.class)
                .setParameter("v", visitId).setParameter("withdrawn", FollowUpStatus.WITHDRAWN).getSingleResult();
        Map<Tone, Long> tones = new EnumMap<>(Tone.class);
        for (Tone t : Tone.values()) {
            tones.put(t, 0L);
        }
        em.createQuery("select x.tone, count(x) from Observation x where x.sourceType = :src and x.sourceId = :v"
                        + hidden + " group by x.tone", Object[].class)
                .setParameter("src", SourceType.ROUNDING_VISIT).setParameter("v", visitId)
                .getResultList().forEach(r -> tones.put((Tone) r[0], (Long) r[1]));
        Map<String, List<String>> heard = new LinkedHashMap<>();
        for (ConversationView c : talks) {
            for (AnswerView a : c.answers()) {
                heard.computeIfAbsent(a.question(), k -> new ArrayList<>()).add(a.answer());
            }
        }
        int staff = (int) talks.stream().filter(c -> c.kind() == ConversationKind.STAFF_MEMBER).count();
        int groups = (int) talks.stream().filter(c -> c.kind() == ConversationKind.ROLE_GROUP).count();
        int students = (int) talks.stream().filter(c -> c.kind() == ConversationKind.STUDENTS).count();
        return new VisitSummary(talks.size(), staff, groups, students, (int) recognitions, (int) followUps, tones, heard);
    }

    private List<ConversationView> read(Caller caller, String where, long key, long schoolId) {
        String hidden = AccessPolicy.leadersOnlyHidden(caller, "c.leadersOnly").andClause();
        TypedQuery<ConversationView> q = em.createQuery("""
                select new org.roundtable.rounding.ConversationView(c.id, v.id, s.id, s.name, v.startsAt, c.kind,
                    m.id, m.fullName, c.roleGroup, c.gradeBand, c.onTheirMind, c.leadersOnly, a.displayName,
                    c.createdAt, c.version)
                from Conversation c join c.visit v join v.school s join c.author a left join c.staffMember m
                """ + " where " + where + hidden + " order by v.startsAt, c.id", ConversationView.class);
        List<ConversationView> rows = q.setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<AnswerView>> answers = new LinkedHashMap<>();
        em.createQuery("""
                select c.id, index(a), a.question, a.answer from Conversation c join c.answers a
                where c.id in :ids order by c.id, index(a)""", Object[].class)
                .setParameter("ids", rows.stream().map(ConversationView::id).toList())
                .getResultList()
                .forEach(r -> answers.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new AnswerView((Integer) r[1], (String) r[2], (String) r[3])));
        return rows.stream().map(r -> r.withAnswers(answers.getOrDefault(r.id(), List.of()))).toList();
    }

    private void fill(Conversation c, Visit visit, ConversationDraft draft) {
        StaffMember member = draft.kind() == ConversationKind.STAFF_MEMBER && draft.staffMemberId() != null
                ? staff(draft.staffMemberId()) : null;
        if (member != null && !member.getSchool().getId().equals(visit.getSchool().getId())) {
            throw new InvalidRequestException("staffMemberId", "conversation.staff.otherSchool");
        }
        List<ConversationAnswer> answers = new ArrayList<>();
        Map<Long, String> asked = questions.wordingOf(draft.answers().keySet());
        draft.answers().forEach((questionId, text) -> {
            if (text != null && !text.isBlank()) {
                String question = asked.get(questionId);
                if (question == null) {
                    throw new InvalidRequestException("answers", "conversation.question.unknown");
                }
                if (text.strip().length() > ConversationAnswer.MAX_TEXT) {
                    throw new InvalidRequestException("answer" + questionId, "conversation.answer.size");
                }
                answers.add(new ConversationAnswer(questionId, question, text));
            }
        });
        RoleGroup group = draft.kind() == ConversationKind.ROLE_GROUP ? draft.roleGroup() : null;
        c.record(draft.kind(), member, group, draft.gradeBand(), draft.onTheirMind(), draft.leadersOnly(), answers);
    }

    private long schoolOfVisit(Caller caller, long visitId) {
        Long school = em.createQuery("select v.school.id from Visit v where v.id = :id", Long.class)
                .setParameter("id", visitId).getResultStream().findFirst()
                .orElseThrow(() -> guard.notFound(caller, "visit", visitId, "no such visit"));
        if (!AccessPolicy.seesSchool(caller, school)) {
            throw guard.notFound(caller, "visit", visitId, "another school's visit");
        }
        return school;
    }

    private Conversation conversation(long id) {
        Conversation c = em.find(Conversation.class, id);
        if (c == null) {
            throw new InvalidRequestException(null, "conversation.gone");
        }
        return c;
    }

    private StaffMember staff(long id) {
        StaffMember m = em.find(StaffMember.class, id);
        if (m == null) {
            throw new InvalidRequestException("staffMemberId", "conversation.staff.required");
        }
        return m;
    }

    private static LocalDate visitDay(Visit v) {
        return v.getStartsAt().toLocalDate();
    }
}
