package org.roundtable.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.roundtable.observation.Observation;
import org.roundtable.observation.ObservationTheme;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Theme;
import org.roundtable.observation.Tone;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.School;
import org.roundtable.people.StaffMember;
import org.roundtable.rounding.Conversation;
import org.roundtable.rounding.ConversationAnswer;
import org.roundtable.rounding.ConversationKind;
import org.roundtable.rounding.FollowUp;
import org.roundtable.rounding.GradeBand;
import org.roundtable.rounding.Recognition;
import org.roundtable.rounding.RoundingQuestion;
import org.roundtable.rounding.Visit;
import org.roundtable.account.UserAccount;

/**
 * Adds rounding to the demo district (once, when it has no visits yet): six months of completed visits with
 * conversations, recognitions and follow-ups, and the next three weeks planned. Two coverage gaps are planted:
 * one school last visited seven weeks ago and one never visited. Deterministic, like the rest of the demo.
 */
@ApplicationScoped
public class DemoRounding {

    private static final Logger LOG = Logger.getLogger(DemoRounding.class.getName());
    static final String NEVER_VISITED = "Oak Ridge Elementary";
    static final String LONG_AGO = "Valley Career Academy";

    private static final String[][] WORKING = {
        {"The new reading block is working; kids ask for more time with the books.",
         "Our grade-level team plans together every Tuesday now and it shows.",
         "Breakfast in the classroom means fewer kids start the day hungry.",
         "The new bell schedule gives us real time to catch up with students."}};
    private static final String[] HELPFUL = {
        "Ms. Okafor in the office stays late to call families back; she deserves a thank-you.",
        "The custodial crew had the gym ready for the concert in an hour.",
        "Our mentor teacher checks on every new teacher weekly.",
        "The kitchen team learned every kindergartner's name by October."};
    private static final String[] IN_THE_WAY = {
        "The copier on the second floor has been broken for two weeks.",
        "We still do not have enough substitutes on Fridays.",
        "The hallway lights by the science wing flicker and students complain.",
        "Laptop carts do not charge overnight; half the devices are dead by second period.",
        "The walk-in freezer door does not seal properly."};
    private static final String[] KNOW = {
        "Parents want more notice before early-release days.",
        "New teachers would like to observe veteran classrooms.",
        "Please keep visiting at lunch; students notice when you come.",
        "Tell us earlier when the district changes testing windows."};
    /** What was done about each problem of {@link #IN_THE_WAY}, in the same order. */
    private static final String[] DONE = {
        "Replaced the copier and added a service contract with a two-day response.",
        "Added two floating substitutes to the Friday pool.",
        "Electricians replaced the fixtures in the science wing.",
        "Installed charging timers on the laptop carts and added a spare cart.",
        "Facilities repaired the freezer seal and added it to the monthly checklist."};

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** Seeds rounding unless there is a visit already or the demo accounts are missing. */
    @Transactional
    public boolean seedIfEmpty() {
        if (em.createQuery("select count(v) from Visit v", Long.class).getSingleResult() > 0) {
            return false;
        }
        Map<String, UserAccount> accounts = new HashMap<>();
        em.createQuery("select u from UserAccount u where u.username in ('superintendent', 'assistant', 'principal')",
                UserAccount.class).getResultList().forEach(u -> accounts.put(u.getUsername(), u));
        if (accounts.size() < 3) {
            return false;
        }
        long started = System.nanoTime();
        Random random = new Random(20261123L);
        UserAccount sup = accounts.get("superintendent");
        UserAccount asst = accounts.get("assistant");
        UserAccount principal = accounts.get("principal");
        List<RoundingQuestion> questions = em.createQuery(
                "select q from RoundingQuestion q where q.active = true order by q.position", RoundingQuestion.class).getResultList();
        Map<String, Theme> themes = new HashMap<>();
        em.createQuery("select t from Theme t", Theme.class).getResultList().forEach(t -> themes.put(t.getName(), t));
        List<School> schools = em.createQuery("select s from School s order by s.name", School.class).getResultList();
        LocalDate today = LocalDate.now(clock);
        int visits = 0;
        int conversations = 0;
        int followUps = 0;
        int recognitions = 0;
        for (School school : schools) {
            if (school.getName().equals(NEVER_VISITED)) {
                continue;
            }
            List<StaffMember> staff = em.createQuery("select m from StaffMember m where m.school = :s order by m.id",
                    StaffMember.class).setParameter("s", school).getResultList();
            int count = school.getName().equals(LONG_AGO) ? 1 : 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                int daysAgo = school.getName().equals(LONG_AGO) ? 49 : 3 + random.nextInt(170);
                LocalDate day = today.minusDays(daysAgo);
                if (day.getDayOfWeek().getValue() > 5) {
                    day = day.minusDays(day.getDayOfWeek().getValue() - 5L);
                }
                UserAccount leader = random.nextBoolean() ? sup : asst;
                LocalDateTime start = day.atTime(LocalTime.of(8 + random.nextInt(5), random.nextBoolean() ? 0 : 30));
                Visit v = Visit.walkIn(school, leader, start);
                em.persist(v);
                visits++;
                for (int c = 0; c < 3; c++) {
                    Conversation talk = new Conversation(v, leader);
                    List<ConversationAnswer> answers = new ArrayList<>();
                    String working = WORKING[0][random.nextInt(WORKING[0].length)];
                    String helpful = HELPFUL[random.nextInt(HELPFUL.length)];
                    int problem = random.nextInt(IN_THE_WAY.length);
                    String inTheWay = IN_THE_WAY[problem];
                    answers.add(new ConversationAnswer(questions.get(0).getId(), questions.get(0).getText(), working));
                    if (c == 0) {
                        answers.add(new ConversationAnswer(questions.get(1).getId(), questions.get(1).getText(), helpful));
                    }
                    answers.add(new ConversationAnswer(questions.get(2).getId(), questions.get(2).getText(), inTheWay));
                    if (random.nextInt(3) == 0) {
                        answers.add(new ConversationAnswer(questions.get(3).getId(), questions.get(3).getText(),
                                KNOW[random.nextInt(KNOW.length)]));
                    }
                    switch (c) {
                        case 0 -> talk.record(ConversationKind.STAFF_MEMBER, staff.get(random.nextInt(staff.size())), null,
                                null, "Thinking about how to keep the momentum going after winter break.", false, answers);
                        case 1 -> talk.record(ConversationKind.ROLE_GROUP, null,
                                random.nextBoolean() ? RoleGroup.FOOD_SERVICE : RoleGroup.CUSTODIAL, null, null, false, answers);
                        default -> {
                            List<GradeBand> bands = GradeBand.of(school.getLevel());
                            talk.record(ConversationKind.STUDENTS, null, null, bands.get(random.nextInt(bands.size())), null,
                                    false, answers);
                        }
                    }
                    em.persist(talk);
                    conversations++;
                    if (c == 0) {
                        Recognition r = new Recognition(school, v, talk, null, "The front office team", helpful, day,
                                leader, false);
                        if (daysAgo > 20) {
                            r.acknowledge(leader, day.plusDays(2).atStartOfDay(ZoneId.systemDefault()).toInstant());
                        }
                        em.persist(r);
                        recognitions++;
                        em.persist(new Observation(school, day, talk.getRoleGroup(), Set.of(themes.get("Wellbeing & morale")),
                                Tone.CELEBRATION, working, leader, SourceType.ROUNDING_VISIT, v.getId()));
                    }
                    if (c == 1 && random.nextInt(3) > 0) {
                        UserAccount owner = school.equals(principal.getSchool()) ? principal : random.nextBoolean() ? sup : asst;
                        FollowUp f = new FollowUp(school, v, talk, inTheWay, owner, day,
                                day.plusDays(7 + random.nextInt(21)), leader, false);
                        if (daysAgo > 25) {
                            LocalDate done = day.plusDays(5 + random.nextInt(15));
                            f.resolve(DONE[problem], done.isAfter(today) ? today : done);
                        }
                        em.persist(f);
                        followUps++;
                    }
                }
                v.complete(start.plusHours(2), Instant.now(clock));
            }
        }
        // A leaders-only conversation at the principal's school: a teacher's concern about workload decisions.
        School westview = principal.getSchool();
        if (westview != null) {
            Visit v = Visit.walkIn(westview, sup, today.minusDays(6).atTime(10, 0));
            em.persist(v);
            Conversation talk = new Conversation(v, sup);
            talk.record(ConversationKind.ROLE_GROUP, null, RoleGroup.TEACHER_LEADER, null,
                    "Teacher leaders feel duty schedules are changed without asking them; they asked that the principal not be told who raised it.",
                    true, List.of());
            em.persist(talk);
            em.persist(new FollowUp(westview, v, talk, "Duty schedule changes made without consulting teacher leaders.", sup,
                    v.getStartsAt().toLocalDate(), today.plusDays(5), sup, true));
            v.complete(v.getStartsAt().plusHours(1), Instant.now(clock));
            visits++;
            conversations++;
            followUps++;
        }
        // Staffing worries at one school, heard on a visit last week (and in its principal's check-in: DemoCheckIns).
        School confirmed = byName(schools, DemoDistrict.CONFIRMED_SCHOOL);
        if (confirmed != null) {
            LocalDate day = ObservationTheme.weekOf(today).minusWeeks(1).plusDays(1);
            Visit v = Visit.walkIn(confirmed, asst, day.atTime(9, 30));
            em.persist(v);
            Conversation talk = new Conversation(v, asst);
            talk.record(ConversationKind.ROLE_GROUP, null, RoleGroup.TEACHER, null,
                    "Teachers are covering each other's classes in their planning time since two colleagues left.", false, List.of());
            em.persist(talk);
            em.persist(new Observation(confirmed, day, RoleGroup.TEACHER, Set.of(themes.get("Staffing")), Tone.CONCERN,
                    "Teachers are covering each other's classes in their planning time since two colleagues left.", asst,
                    SourceType.ROUNDING_VISIT, v.getId(), talk.getId(), false));
            v.complete(v.getStartsAt().plusHours(1), Instant.now(clock));
            visits++;
            conversations++;
        }
        // The next three weeks: planned visits, favouring the schools not seen lately.
        int planned = 0;
        for (int i = 0; i < 6; i++) {
            School school = i == 0 ? byName(schools, NEVER_VISITED) : i == 1 ? byName(schools, LONG_AGO)
                    : schools.get(random.nextInt(schools.size()));
            LocalDate day = today.plusDays(1 + i * 3L);
            if (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(8L - day.getDayOfWeek().getValue());
            }
            UserAccount leader = i % 2 == 0 ? sup : asst;
            Visit v = Visit.plan(school, day.atTime(9 + i % 3, 0), 90,
                    i == 0 ? "First visit this year: meet the new teachers and eat lunch with students." : null,
                    Set.of(leader), leader, LocalDateTime.now(clock));
            em.persist(v);
            planned++;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        int seededVisits = visits;
        int seededConversations = conversations;
        int seededFollowUps = followUps;
        int seededRecognitions = recognitions;
        int seededPlanned = planned;
        LOG.info(() -> String.format("Demo rounding seeded: %d visits (+%d planned), %d conversations, %d recognitions,"
                + " %d follow-ups in %d ms", seededVisits, seededPlanned, seededConversations, seededRecognitions,
                seededFollowUps, ms));
        return true;
    }

    private static School byName(List<School> schools, String name) {
        return schools.stream().filter(s -> s.getName().equals(name)).findFirst().orElse(schools.get(0));
    }
}
