package org.roundtable.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import org.roundtable.calendar.FeedSource;
import org.roundtable.security.Caller;

/**
 * Check-in series in the calendar feeds of their two participants: the principal's and the current leader's,
 * each series one recurring event (see {@link SeriesEvents}). Two statements whatever the number of series.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CheckInFeed implements FeedSource {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public List<VEvent> events(Caller owner, String baseUrl) {
        List<Object[]> series = em.createQuery("""
                select s.id, sc.name, p.id, p.displayName, l.displayName, s.firstOn, s.timeOfDay, s.durationMinutes,
                    s.status, s.version
                from CheckInSeries s join s.school sc join s.principal p join s.leader l
                where p.id = :me or l.id = :me order by s.id""", Object[].class)
                .setParameter("me", owner.userId()).getResultList();
        if (series.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SeriesEvents.Occurrence>> occurrences = new HashMap<>();
        em.createQuery("""
                select c.series.id, c.id, c.slotOn, c.startsAt, c.durationMinutes, c.status, c.version
                from CheckIn c where c.series.id in :ids""", Object[].class)
                .setParameter("ids", series.stream().map(r -> (Long) r[0]).toList())
                .getResultList()
                .forEach(r -> occurrences.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        new SeriesEvents.Occurrence((Long) r[1], (LocalDate) r[2], (LocalDateTime) r[3], (Integer) r[4],
                                (Attendance.Status) r[5], (Long) r[6])));
        List<VEvent> events = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (Object[] r : series) {
            boolean principal = owner.userId() == (Long) r[2];
            List<SeriesEvents.Occurrence> held = occurrences.getOrDefault((Long) r[0], List.of());
            if (r[8] == SeriesStatus.PAUSED) {
                // A paused series ends in the calendars at its last check-in up to today.
                held = held.stream().filter(o -> !o.startsAt().isAfter(now)).toList();
            }
            String title = principal ? "Check-in with " + r[4] : "Check-in: " + r[3] + " (" + r[1] + ")";
            events.addAll(SeriesEvents.of(new SeriesEvents.Series((Long) r[0], title, (String) r[1], (LocalDate) r[5],
                            (LocalTime) r[6], (Integer) r[7], (SeriesStatus) r[8], (Long) r[9]),
                    held, clock.getZone(), baseUrl));
        }
        return events;
    }
}
