package org.roundtable.checkin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.rounding.FollowUpRow;
import org.roundtable.rounding.VisitEvent;

/**
 * What to read before a check-in, for either participant: what carried over, open action items, the school's
 * observations since the last check-in by theme and tone, open rounding follow-ups at the school, and the
 * visits coming up. Each section is a list, so later capabilities add theirs alongside.
 *
 * @param since the day the observations are counted from (the last check-in held, or two weeks back)
 */
public record PrepPacket(CheckInView checkIn, LocalDate since, List<PointView> carried, List<ActionView> openActions,
        List<ThemeToneCount> observations, List<FollowUpRow> openFollowUps, List<VisitEvent> upcomingVisits)
        implements Serializable {

    public long observationTotal() {
        return observations.stream().mapToLong(ThemeToneCount::count).sum();
    }
}
