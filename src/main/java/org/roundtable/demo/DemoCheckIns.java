package org.roundtable.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.roundtable.checkin.ActionItem;
import org.roundtable.checkin.Biweekly;
import org.roundtable.checkin.CheckIn;
import org.roundtable.checkin.CheckInSeries;
import org.roundtable.checkin.CheckIns;
import org.roundtable.checkin.PrivateNote;
import org.roundtable.checkin.TalkingPoint;
import org.roundtable.observation.Observation;
import org.roundtable.observation.ObservationTheme;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Theme;
import org.roundtable.observation.Tone;
import org.roundtable.people.RoleGroup;
import org.roundtable.account.UserAccount;

/**
 * Adds the demo principal's check-in series with the assistant superintendent (once, when there is none): half a
 * year of biweekly check-ins held with their agendas, shared notes and action items, one skipped for a holiday,
 * a talking point carried so often it is stuck, and the next eight weeks scheduled. Private notes are seeded for
 * the assistant only, so signing in as the principal shows they stay private. Then every other school gets a
 * principal account (the principal in its directory, {@code principal.<school>}) and a series of its own: the
 * high schools with the superintendent, the rest with the assistant superintendent, on different weekdays and
 * hours; one series has missed its last two check-ins (flagged on the assistant's home page) and one was paused.
 */
@ApplicationScoped
public class DemoCheckIns {

    private static final Logger LOG = Logger.getLogger(DemoCheckIns.class.getName());

    private static final String[][] AGENDAS = {
        {"Attendance dip in 7th grade", "New teacher mentoring check", "Parent night turnout"},
        {"Behavior referrals after lunch", "Substitute coverage on Fridays"},
        {"Spring testing schedule", "Counselor caseload", "Family newsletter in Somali"},
        {"Restorative circles: what is working", "Aide vacancies"},
    };
    private static final String STUCK = "Portable classroom intercoms still not working";

    /** Topics the other principals bring, by turn. */
    private static final String[] TOPICS = {"Chronic absence list", "Master schedule for next year",
        "Bus arrival times", "Reading intervention groups", "Staff morale after the snow days", "Playground supervision",
        "Math adoption pilot", "Family conference turnout", "IEP meeting backlog", "Cafeteria noise and seating",
        "Teacher leader stipends", "Safety drill debrief", "Technology refresh for grade 3", "Hiring for the AP post"};
    private static final DayOfWeek[] DAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY};
    private static final LocalTime[] TIMES = {LocalTime.of(8, 0), LocalTime.of(9, 30), LocalTime.of(13, 0),
        LocalTime.of(14, 30), LocalTime.of(15, 30)};
    /** The school whose series missed its last two check-ins, and the one paused (its principal is on leave). */
    static final String MISSED_SCHOOL = "Oak Ridge Elementary";
    static final String PAUSED_SCHOOL = "Valley Career Academy";

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Gives every demo school without a principal account one, with a series and its half year of history. Once:
     * after that (or for a school an admin added) nothing is made up.
     */
    @Transactional
    public int seedOtherPrincipals() {
        List<UserAccount> leaders = em.createQuery(
                "select u from UserAccount u where u.username in ('assistant', 'superintendent', 'principal') order by u.username",
                UserAccount.class).getResultList();
        if (leaders.size() < 3) {
            return 0;
        }
        if (em.createQuery("select count(u) from UserAccount u where u.username like 'principal.%'", Long.class)
                .getSingleResult() > 0) {
            return 0; // done before: schools an admin added since are theirs to staff
        }
        UserAccount assistant = leaders.get(0);
        UserAccount demoPrincipal = leaders.get(1);
        UserAccount superintendent = leaders.get(2);
        List<Object[]> schools = em.createQuery("""
                select s, m.fullName from School s, StaffMember m
                where m.school = s and m.roleGroup = org.roundtable.people.RoleGroup.PRINCIPAL and m.active = true
                  and s.name in :demoSchools
                  and not exists (select 1 from UserAccount u where u.school = s)
                order by s.name""", Object[].class)
                .setParameter("demoSchools", DemoDistrict.schoolNames()).getResultList();
        int n = 0;
        for (Object[] row : schools) {
            org.roundtable.people.School school = (org.roundtable.people.School) row[0];
            String username = "principal." + school.getName().toLowerCase(java.util.Locale.ROOT).split(" ")[0]
                    .replaceAll("[^a-z0-9]", "");
            if (em.createQuery("select count(u) from UserAccount u where u.username = :u", Long.class)
                    .setParameter("u", username).getSingleResult() > 0) {
                continue;
            }
            UserAccount principal = new UserAccount(username, (String) row[1], username + "@lakeshore.example.org",
                    demoPrincipal.getPasswordHash(), java.util.EnumSet.of(org.roundtable.security.Role.PRINCIPAL), school);
            em.persist(principal);
            boolean high = school.getLevel() == org.roundtable.people.SchoolLevel.HIGH;
            history(principal, high ? superintendent : assistant, DAYS[n % DAYS.length], TIMES[(n * 2) % TIMES.length], n,
                    school.getName());
            n++;
        }
        int seeded = n;
        if (seeded > 0) {
            LOG.info(() -> String.format("Demo check-ins seeded for %d more principals", seeded));
        }
        return seeded;
    }

    /** Half a year of one principal's check-ins: mostly held, a few points carried, the next eight weeks ahead. */
    private void history(UserAccount principal, UserAccount leader, DayOfWeek day, LocalTime time, int n, String school) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = Biweekly.firstSlot(today.minusWeeks(26).plusDays(n % 7), day);
        CheckInSeries series = new CheckInSeries(principal, leader, day, time, 30 + 15 * (n % 2), first,
                first.atStartOfDay().minusDays(1));
        em.persist(series);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate through = today.plusDays(CheckIns.HORIZON_DAYS);
        List<LocalDate> slots = Biweekly.slots(first, first, through);
        long pastCount = slots.stream().filter(d -> d.atTime(time).plusHours(1).isBefore(now)).count();
        boolean paused = school.equals(PAUSED_SCHOOL);
        List<TalkingPoint> open = new ArrayList<>();
        int index = 0;
        for (LocalDate slot : slots) {
            boolean past = slot.atTime(time).plusHours(1).isBefore(now);
            if (paused && !past) {
                break; // paused a while ago: nothing scheduled ahead
            }
            CheckIn c = new CheckIn(series, slot);
            em.persist(c);
            int position = 0;
            for (TalkingPoint carried : open) {
                em.persist(carried.carriedTo(c, position++));
            }
            List<TalkingPoint> agenda = new ArrayList<>();
            String topic = GradeWords.fit(TOPICS[(n * 3 + index) % TOPICS.length], series.getSchool().getLevel());
            if (!past) {
                if (index == pastCount) {
                    em.persist(new TalkingPoint(c, principal, topic, position));
                }
                index++;
                open.clear();
                continue;
            }
            open.clear();
            boolean lastTwo = index >= pastCount - 2;
            if (school.equals(MISSED_SCHOOL) && lastTwo) {
                index++;
                continue; // neither held nor skipped: missed
            }
            TalkingPoint a = new TalkingPoint(c, principal, topic, position++);
            TalkingPoint b = new TalkingPoint(c, leader, GradeWords.fit(TOPICS[(n * 3 + index + 5) % TOPICS.length],
                    series.getSchool().getLevel()), position);
            em.persist(a);
            em.persist(b);
            a.markDiscussed(true);
            b.markDiscussed(index % 4 != 3);
            if (!b.isDiscussed()) {
                open.add(b);
            }
            c.writeSharedNotes("Went through " + topic.toLowerCase(java.util.Locale.ROOT) + "; next steps agreed.");
            if (index % 2 == 0) {
                ActionItem action = new ActionItem(c, index % 4 == 0 ? principal : leader,
                        "Share a short plan on " + topic.toLowerCase(java.util.Locale.ROOT), slot.plusDays(12));
                em.persist(action);
                if (slot.plusDays(28).isBefore(today)) {
                    action.done(slot.plusDays(11));
                }
            }
            if (index % 3 == 0) {
                em.persist(new PrivateNote(c, leader, "Check in on how " + principal.getDisplayName().split(" ")[0]
                        + " is pacing the year."));
            }
            c.hold(slot.atTime(time).plusMinutes(50), slot.atTime(time).plusMinutes(45).atZone(ZoneId.systemDefault()).toInstant());
            LocalDate thisWeek = ObservationTheme.weekOf(today);
            if (school.equals(DemoDistrict.CONFIRMED_SCHOOL) && slot.isBefore(thisWeek) && !slot.isBefore(thisWeek.minusWeeks(2))) {
                // the staffing worry rounding heard too (DemoRounding): confirmed by two sources
                em.persist(new Observation(series.getSchool(), slot, RoleGroup.PRINCIPAL, Set.of(theme("Staffing")),
                        Tone.CONCERN, "Two teachers leave at the semester and there are no applicants for their posts yet.",
                        principal, SourceType.CHECK_IN, c.getId()));
            }
            index++;
        }
        if (paused) {
            series.pause();
            series.generatedThrough(today.minusDays(1));
        } else {
            series.generatedThrough(through);
        }
    }

    private Theme theme(String name) {
        return em.createQuery("select t from Theme t where t.name = :n", Theme.class).setParameter("n", name).getSingleResult();
    }

    @Transactional
    public boolean seedIfEmpty() {
        if (em.createQuery("select count(s) from CheckInSeries s", Long.class).getSingleResult() > 0) {
            return false;
        }
        List<UserAccount> accounts = em.createQuery(
                "select u from UserAccount u where u.username in ('principal', 'assistant') order by u.username", UserAccount.class)
                .getResultList();
        if (accounts.size() < 2) {
            return false;
        }
        UserAccount assistant = accounts.get(0);
        UserAccount principal = accounts.get(1);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = Biweekly.firstSlot(today.minusWeeks(26), DayOfWeek.TUESDAY);
        CheckInSeries series = new CheckInSeries(principal, assistant, DayOfWeek.TUESDAY, LocalTime.of(15, 30), 45,
                first, first.atStartOfDay().minusDays(1));
        em.persist(series);
        List<TalkingPoint> open = new ArrayList<>();
        int held = 0;
        int index = 0;
        LocalDate through = today.plusDays(CheckIns.HORIZON_DAYS);
        for (LocalDate slot : Biweekly.slots(first, first, through)) {
            CheckIn c = new CheckIn(series, slot);
            em.persist(c);
            int position = 0;
            List<TalkingPoint> agenda = new ArrayList<>();
            for (TalkingPoint carried : open) {
                TalkingPoint p = carried.carriedTo(c, position++);
                em.persist(p);
                agenda.add(p);
            }
            open.clear();
            boolean past = slot.atTime(16, 15).isBefore(LocalDateTime.now(clock));
            if (!past) {
                if (index % 2 == 0 && agenda.isEmpty()) {
                    em.persist(new TalkingPoint(c, principal, "Planning for the winter concert", position));
                }
                index++;
                continue;
            }
            if (index == 5) {
                // A holiday week: skipped, and what was on it waits for the next check-in.
                c.skip();
                open.addAll(agenda);
                index++;
                continue;
            }
            String[] topics = AGENDAS[index % AGENDAS.length];
            for (String topic : topics) {
                TalkingPoint p = new TalkingPoint(c, index % 2 == 0 ? principal : assistant, topic, position++);
                em.persist(p);
                agenda.add(p);
            }
            if (index == 4) {
                TalkingPoint stuck = new TalkingPoint(c, principal, STUCK, position++);
                em.persist(stuck);
                agenda.add(stuck);
            }
            for (int i = 0; i < agenda.size(); i++) {
                TalkingPoint p = agenda.get(i);
                boolean discussed = !p.getText().equals(STUCK) && (i != agenda.size() - 1 || index % 3 != 0);
                p.markDiscussed(discussed);
                if (!discussed) {
                    open.add(p);
                }
            }
            c.writeSharedNotes("Talked through " + topics[0].toLowerCase() + ". Agreed next steps below.");
            ActionItem action = new ActionItem(c, index % 2 == 0 ? principal : assistant,
                    "Follow up on " + topics[0].toLowerCase(), slot.plusDays(10));
            em.persist(action);
            if (slot.plusDays(28).isBefore(today)) {
                action.done(slot.plusDays(9));
            }
            em.persist(new PrivateNote(c, assistant, "Dana is carrying a lot this term; ask how the AP search is going."));
            c.hold(slot.atTime(17, 0), slot.atTime(16, 15).atZone(ZoneId.systemDefault()).toInstant());
            held++;
            index++;
        }
        series.generatedThrough(through);
        int seededHeld = held;
        LOG.info(() -> String.format("Demo check-ins seeded: %d held over half a year for the principal", seededHeld));
        return true;
    }
}
