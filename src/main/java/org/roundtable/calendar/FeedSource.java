package org.roundtable.calendar;

import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.roundtable.security.Caller;

/**
 * A capability's events in a leader's calendar feed (rounding visits, check-in series). Implementations are CDI
 * beans; they read as the feed's owner and must not put confidential text into events. Times are in UTC or carry
 * a TZID of the district's zone; the feed adds the definition of every zone its events name.
 */
public interface FeedSource {

    /**
     * The owner's events.
     *
     * @param owner   the leader whose feed this is
     * @param baseUrl the portal's address as the calendar app reached it, for links back (no trailing slash)
     */
    List<VEvent> events(Caller owner, String baseUrl);
}
