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
import java.util.logging.Logger;
import org.roundtable.checkin.ActionItem;
import org.roundtable.checkin.Biweekly;
import org.roundtable.checkin.CheckIn;
import org.roundtable.checkin.CheckInSeries;
import org.roundtable.checkin.CheckIns;
import org.roundtable.checkin.PrivateNote;
import org.roundtable.checkin.TalkingPoint;
import org.roundtable.security.UserAccount;

/**
 * Adds the demo principal's check-in series with the assistant superintendent (once, when there is none): half a
 * year of biweekly check-ins held with their agendas, shared notes and action items, one skipped for a holiday,
 * a talking point carried so often it is stuck, and the next eight weeks scheduled. Private notes are seeded for
 * the assistant only, so signing in as the principal shows they stay private.
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

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

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
