package org.roundtable.checkin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.observation.ThemeToneCount;
import org.roundtable.rounding.FollowUpRow;
import org.roundtable.rounding.VisitEvent;

/**
 * What to read before a check-in, for either participant: the agenda as it stands (what either side added and
 * what carried over), open action items, the school's observations since the last check-in by theme and tone,
 * open rounding follow-ups at the school, and the visits coming up. Each section is a list, so later capabilities
 * add theirs alongside.
 *
 * @param since  the day the observations are counted from (the last check-in held, or two weeks back)
 * @param agenda the check-in's talking points in order, new and carried
 */
public record PrepPacket(CheckInView checkIn, LocalDate since, List<PointView> agenda, List<ActionView> openActions,
        List<ThemeToneCount> observations, List<FollowUpRow> openFollowUps, List<VisitEvent> upcomingVisits)
        implements Serializable {

    /** The points on the agenda that carried over from an earlier check-in. */
    public List<PointView> carried() {
        return agenda.stream().filter(PointView::carried).toList();
    }

    public long observationTotal() {
        return observations.stream().mapToLong(ThemeToneCount::count).sum();
    }
}
