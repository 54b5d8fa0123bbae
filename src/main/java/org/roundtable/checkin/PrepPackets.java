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
import org.roundtable.observation.Observations;
import org.roundtable.observation.ThemeToneCount;

/**
 * Builds the prep packet of a check-in; the check-in's own access rules decide who may read it, and each section
 * comes from its own feature's service (observation counts, follow-ups, visits), under that feature's rules.
 */
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
    Observations observations;

    private static final int UPCOMING_VISITS = 5;

    Clock clock = Clock.systemDefaultZone();

    public PrepPacket of(long checkInId) {
        CheckInView c = checkIns.find(checkInId);
        LocalDateTime lastHeld = em.createQuery("""
                select max(h.startsAt) from CheckIn h
                where h.series.id = :s and h.status = :held and h.startsAt < :before""", LocalDateTime.class)
                .setParameter("s", c.seriesId()).setParameter("held", Status.HELD).setParameter("before", c.startsAt())
                .getSingleResult();
        LocalDate since = lastHeld != null ? lastHeld.toLocalDate() : LocalDate.now(clock).minusDays(Biweekly.INTERVAL_DAYS);
        List<ThemeToneCount> observations = this.observations.themeToneCounts(c.schoolId(), since);
        return new PrepPacket(c, since, c.points(), c.openActions(), observations, followUps.openForSchool(c.schoolId()),
                visits.upcomingAt(c.schoolId(), UPCOMING_VISITS));
    }
}
