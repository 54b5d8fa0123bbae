package org.roundtable.rounding;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A visit on the calendar. */
public record VisitEvent(long id, long schoolId, String schoolName, LocalDateTime startsAt, int durationMinutes,
        VisitStatus status, boolean walkIn, String focus, long version, List<String> leaders) implements Serializable {

    public VisitEvent(long id, long schoolId, String schoolName, LocalDateTime startsAt, int durationMinutes,
            VisitStatus status, boolean walkIn, String focus, long version) {
        this(id, schoolId, schoolName, startsAt, durationMinutes, status, walkIn, focus, version, List.of());
    }

    public String leaderNames() {
        return String.join(", ", leaders);
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    /** The same event with the focus the reader may see (none for a principal: it is for district leaders). */
    VisitEvent withFocus(String shown) {
        return new VisitEvent(id, schoolId, schoolName, startsAt, durationMinutes, status, walkIn, shown, version, leaders);
    }

    VisitEvent withLeaders(List<String> names) {
        return new VisitEvent(id, schoolId, schoolName, startsAt, durationMinutes, status, walkIn, focus, version,
                List.copyOf(names));
    }
}
