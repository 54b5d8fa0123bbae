package org.roundtable.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.roundtable.checkin.Attendance.Status;
import org.roundtable.rounding.FollowUps;
import org.roundtable.rounding.Visits;
import org.roundtable.security.CurrentCaller;

/** Builds the prep packet of a check-in; the check-in's own access rules decide who may read it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PrepPackets {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    CheckIns checkIns;

    @Inject
    FollowUps followUps;

    @Inject
    Visits visits;

    @Inject
    CurrentCaller callers;

    Clock clock = Clock.systemDefaultZone();

    public PrepPacket of(long checkInId) {
        CheckInView c = checkIns.find(checkInId);
        boolean district = callers.get().isDistrictLeader();
        LocalDateTime lastHeld = em.createQuery("""
                select max(h.startsAt) from CheckIn h
                where h.series.id = :s and h.status = :held and h.startsAt < :before""", LocalDateTime.class)
                .setParameter("s", c.seriesId()).setParameter("held", Status.HELD).setParameter("before", c.startsAt())
                .getSingleResult();
        LocalDate since = lastHeld != null ? lastHeld.toLocalDate() : LocalDate.now(clock).minusDays(Biweekly.INTERVAL_DAYS);
        List<ThemeToneCount> observations = em.createQuery("""
                select new org.roundtable.checkin.ThemeToneCount(t.name, o.tone, count(o))
                from Observation o join o.themes t
                where o.school.id = :school and o.observedOn >= :since""" + (district ? "" : " and o.leadersOnly = false")
                        + " group by t.name, o.tone order by t.name, o.tone", ThemeToneCount.class)
                .setParameter("school", c.schoolId()).setParameter("since", since)
                .getResultList();
        List<PointView> carried = c.points().stream().filter(PointView::carried).toList();
        return new PrepPacket(c, since, carried, c.openActions(), observations, followUps.openForSchool(c.schoolId()),
                visits.upcoming(50).stream().filter(v -> v.schoolId() == c.schoolId()).limit(5).toList());
    }
}
