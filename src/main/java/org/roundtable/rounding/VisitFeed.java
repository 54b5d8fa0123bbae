package org.roundtable.rounding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.roundtable.calendar.FeedSource;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;

/**
 * Rounding visits in a leader's calendar feed: a district leader's own visits, a principal's visits to their
 * school, from three months back to a year ahead. Only the school and the time: never the focus or notes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitFeed implements FeedSource {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public List<VEvent> events(Caller owner, String baseUrl) {
        LocalDateTime now = LocalDateTime.now(clock);
        // A district leader's own visits; a principal's school's visits, as the principal may see them.
        String who = owner.isDistrictLeader()
                ? "exists (select 1 from Visit v2 join v2.leaders u where v2 = v and u.id = :key)"
                : "s.id = :key" + AccessPolicy.visibleVisit(owner, "v").andClause();
        List<Object[]> rows = em.createQuery("""
                select v.id, s.name, v.startsAt, v.durationMinutes, v.status, v.version
                from Visit v join v.school s
                where v.startsAt >= :from and v.startsAt < :to""" + " and " + who + " order by v.startsAt", Object[].class)
                .setParameter("from", now.minusMonths(3))
                .setParameter("to", now.plusYears(1))
                .setParameter("key", owner.isDistrictLeader() ? owner.userId() : owner.schoolId())
                .getResultList();
        ZoneId zone = clock.getZone();
        List<VEvent> events = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            LocalDateTime start = (LocalDateTime) r[2];
            Instant from = start.atZone(zone).toInstant();
            Instant to = start.plusMinutes((Integer) r[3]).atZone(zone).toInstant();
            VisitStatus status = (VisitStatus) r[4];
            VEvent event = new VEvent(from, to, "Rounding visit: " + r[1]);
            event.add(new Uid("visit-" + id + "@roundtable"));
            event.add(new Location((String) r[1]));
            event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, (Long) r[5])));
            event.add(status == VisitStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            if (baseUrl != null) {
                event.add(new Url(URI.create(baseUrl + "/rounding/visit.xhtml?id=" + id)));
            }
            events.add(event);
        }
        return events;
    }
}
