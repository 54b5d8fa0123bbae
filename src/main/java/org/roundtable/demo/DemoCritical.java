package org.roundtable.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.roundtable.account.UserAccount;
import org.roundtable.critical.AcknowledgementDraft;
import org.roundtable.critical.Acknowledgement;
import org.roundtable.critical.Category;
import org.roundtable.critical.CriticalConversation;
import org.roundtable.critical.CriticalConversations;
import org.roundtable.critical.Nature;
import org.roundtable.critical.Preparation;
import org.roundtable.critical.Retention;
import org.roundtable.critical.StepOwner;
import org.roundtable.critical.Written;
import org.roundtable.observation.Observation;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Theme;
import org.roundtable.observation.Tone;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.Addenda;

/**
 * A few critical conversations for the demo district (once, when there are none), all held by the district's
 * leaders so the demo principal sees only that they happened: three with one Westview teacher about the same
 * expectation (a pattern: the third is being prepared, the second waits for its follow-up, the first is closed
 * with an addendum), one with a Westview teacher leader being written up, one closed at another school on legal
 * hold past its removal day, and one whose content the retention policy removed.
 */
@ApplicationScoped
public class DemoCritical {

    private static final Logger LOG = Logger.getLogger(DemoCritical.class.getName());
    private static final String DUTY = "Arrive for morning bus duty by 7:40";

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Addenda addenda;

    Clock clock = Clock.systemDefaultZone();

    @Transactional
    public boolean seedIfEmpty() {
        if (em.createQuery("select count(c) from CriticalConversation c", Long.class).getSingleResult() > 0) {
            return false;
        }
        Map<String, UserAccount> accounts = new HashMap<>();
        em.createQuery("select u from UserAccount u where u.username in ('superintendent', 'assistant')", UserAccount.class)
                .getResultList().forEach(u -> accounts.put(u.getUsername(), u));
        List<StaffMember> westview = staff(DemoDistrict.PRINCIPAL_SCHOOL);
        List<StaffMember> other = staff("Roosevelt High School");
        if (accounts.size() < 2 || westview.size() < 2 || other.size() < 2) {
            return false;
        }
        UserAccount sup = accounts.get("superintendent");
        UserAccount asst = accounts.get("assistant");
        LocalDate today = LocalDate.now(clock);
        Retention retention = new Retention(Retention.DEFAULT_YEARS);
        StaffMember teacher = westview.stream().filter(m -> m.getRoleGroup() == RoleGroup.TEACHER).findFirst().orElse(westview.get(0));
        StaffMember leader = westview.stream().filter(m -> m.getRoleGroup() == RoleGroup.TEACHER_LEADER).findFirst().orElse(westview.get(1));

        // 1. the first time: closed after its follow-up, with an addendum
        LocalDate firstDay = today.minusWeeks(16);
        CriticalConversation first = held(teacher, sup, firstDay, Category.EXPECTATIONS, new Preparation(Nature.CONTENT,
                "To be clear and brief, and to listen before I judge.",
                "That they know the expectation and that I noticed — before it becomes a pattern.",
                "That they feel they can tell me what is getting in the way.",
                "I want to talk about bus duty in the mornings. Twice this week the duty post was empty at 7:40.",
                DUTY, List.of(new Preparation.FactDraft(firstDay.minusDays(3), "No adult at the east bus door at 7:40; buses arrived 7:42.",
                        "They do not take duty seriously."),
                new Preparation.FactDraft(firstDay.minusDays(1), "Arrived 7:55; the office called a sub to cover the door.", null)), Set.of()),
                new Written("I named the two mornings and why the door matters (students cross the lot). They said their own child's "
                        + "school starts at 7:30 this term and they had not known whom to tell.",
                        "Childcare clash since January; embarrassed to ask for a change.",
                        "Morning bus duty is covered by 7:40 on the assigned days, or swapped in advance through the office.",
                        "Offered a swap to afternoon duty until the end of term.", firstDay.plusWeeks(3),
                        List.of(new Written.StepDraft("Ask the office for the afternoon duty swap", StepOwner.STAFF_MEMBER, firstDay.plusDays(2)),
                                new Written.StepDraft("Confirm the swap on the duty rota", StepOwner.LEADER, firstDay.plusDays(5)))),
                new AcknowledgementDraft(Acknowledgement.RECEIVED_NOT_AGREED, firstDay.plusDays(1), null,
                        "I accept that the door was uncovered; I had asked a colleague to cover, which is not in the record."));
        signOff(first, sup, firstDay.plusDays(1), retention);
        first.close(firstDay.plusWeeks(3), retention);
        em.flush();
        addenda.add(CriticalConversations.RECORD, first.getId(), first.getConfidentiality(), sup.getId(), sup.getDisplayName(),
                "Follow-up on " + firstDay.plusWeeks(3) + ": afternoon duty covered every day for three weeks. Closing.");

        // 2. it happened again: signed off, declined to sign, waiting for its follow-up in three days
        LocalDate secondDay = today.minusWeeks(5);
        CriticalConversation second = held(teacher, sup, secondDay, Category.EXPECTATIONS, new Preparation(Nature.PATTERN,
                "To stay calm and name the pattern without piling on.",
                "That they see it has come back, and choose a plan that holds.",
                "To keep the trust we built in the first conversation.",
                "We agreed in the spring how bus duty would be covered. It has been missed three times since the swap ended.",
                DUTY.toUpperCase() + ".", List.of(new Preparation.FactDraft(secondDay.minusDays(8), "Duty post empty at 7:45.", null),
                        new Preparation.FactDraft(secondDay.minusDays(4), "Duty post empty at 7:41; a parent complained to the office.",
                                "They are avoiding me.")), Set.of(first.getId())),
                new Written("Named the three mornings and the earlier agreement. They said the swap ended without anyone telling them "
                        + "the rota had changed back.", "Feels singled out; says two colleagues also miss duty.",
                        "Morning bus duty covered by 7:40 on assigned days, as agreed in the spring.",
                        "Rota sent to them each Friday by the office; a check-in with the assistant principal in two weeks.",
                        today.plusDays(3), List.of(new Written.StepDraft("Send the rota every Friday", StepOwner.LEADER, secondDay.plusDays(4)))),
                new AcknowledgementDraft(Acknowledgement.DECLINED, secondDay, "Maria Okafor (assistant principal)", null));
        signOff(second, sup, secondDay, retention);
        Observation counted = new Observation(teacher.getSchool(), secondDay, teacher.getRoleGroup(), Set.of(theme("Staffing")),
                Tone.CONCERN, CriticalConversations.OBSERVATION_TEXT, sup, SourceType.CRITICAL_CONVERSATION, second.getId(), true);
        em.persist(counted);
        em.flush();
        second.observed(counted.getId());

        // 3. the third time, being prepared: the page names the pattern
        CriticalConversation third = new CriticalConversation(teacher, sup, today.plusDays(5), Category.EXPECTATIONS, today);
        em.persist(third);
        em.flush();
        third.prepare(new Preparation(Nature.PATTERN, "To be fair and firm.", "A plan they can keep, and to know what happens next.",
                "Honesty about whether this is the right post for them.",
                "This is the third time we are talking about morning bus duty. I want us to agree what happens if it is missed again.",
                DUTY, List.of(new Preparation.FactDraft(today.minusDays(2), "Duty post empty at 7:50.", null)),
                Set.of(second.getId())));

        // 4. a teacher leader, with the assistant superintendent: held, being written up
        CriticalConversation skills = held(leader, asst, today.minusDays(2), Category.SKILLS, new Preparation(Nature.CONTENT,
                "To coach, not to judge.", "Confidence leading the grade-level data meeting.", "That they ask me for help.",
                "I'd like to talk about Tuesday's data meeting and how you want to lead the next one.",
                "Lead the grade-level data meeting with an agenda and a decision at the end", List.of(), Set.of()),
                null, null);

        // 5. Roosevelt: closed long ago, on legal hold past its removal day
        LocalDate old = today.minusYears(3).minusMonths(2);
        CriticalConversation onHold = held(other.get(0), sup, old, Category.BELIEFS, new Preparation(Nature.RELATIONSHIP,
                "To understand their view of the grading policy.", "To be heard.", "To disagree without damage.",
                "I want to understand your concerns about the new grading policy.", "Apply the district grading policy", List.of(), Set.of()),
                new Written("Long discussion of standards-based grading; they will apply it while the review runs.",
                        "Believes it lowers standards.", "Apply the district grading policy while the review runs.", null, null, List.of()),
                null);
        signOff(onHold, sup, old, retention);
        onHold.placeHold("Grievance 2023-14 filed by the teachers' association: keep until it is resolved.", sup.getId(),
                old.plusYears(3).atStartOfDay(ZoneId.systemDefault()).toInstant());

        // 6. Roosevelt: closed long ago, its content removed under the retention policy
        CriticalConversation removed = held(other.get(1), asst, old.minusMonths(1), Category.ACTIONS, new Preparation(Nature.CONTENT,
                null, null, null, "About the field trip forms.", "Submit field trip forms two weeks ahead", List.of(), Set.of()),
                new Written("Discussed the late field trip forms.", null, null, null, null, List.of()), null);
        signOff(removed, asst, old.minusMonths(1), retention);
        removed.redact(today);

        em.flush();
        LOG.info(() -> "Demo critical conversations seeded: 6 (a pattern of three at " + DemoDistrict.PRINCIPAL_SCHOOL
                + ", one on legal hold, one removed under the retention policy)");
        return true;
    }

    private CriticalConversation held(StaffMember staff, UserAccount author, LocalDate day, Category category, Preparation prep,
            Written written, AcknowledgementDraft ack) {
        LocalDate today = LocalDate.now(clock);
        CriticalConversation c = new CriticalConversation(staff, author, day, category, today);
        em.persist(c);
        em.flush();
        c.prepare(prep);
        c.markHeld(today);
        if (written != null) {
            c.write(written);
        }
        if (ack != null) {
            c.acknowledge(ack, today);
        }
        return c;
    }

    private static void signOff(CriticalConversation c, UserAccount by, LocalDate on, Retention retention) {
        c.signOff(by.getId(), on.atTime(16, 30).atZone(ZoneId.systemDefault()).toInstant(), on, retention);
    }

    private List<StaffMember> staff(String school) {
        return em.createQuery("""
                select m from StaffMember m join m.school s where s.name = :school and m.active = true
                  and m.roleGroup in :groups order by m.roleGroup, m.fullName, m.id""", StaffMember.class)
                .setParameter("school", school)
                .setParameter("groups", List.of(RoleGroup.TEACHER, RoleGroup.TEACHER_LEADER, RoleGroup.NEW_TEACHER))
                .getResultList();
    }

    private Theme theme(String name) {
        return em.createQuery("select t from Theme t where t.name = :n", Theme.class).setParameter("n", name).getSingleResult();
    }

}
