package org.roundtable.rounding;

import org.roundtable.account.LeaderRef;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One visit as a reader sees it.
 *
 * @param manageable the reader may replan, cancel, complete and log it (a district leader)
 * @param logOpen    conversations can be logged now (started, not cancelled)
 */
public record VisitDetail(long id, long schoolId, String schoolName, org.roundtable.people.SchoolLevel schoolLevel,
        LocalDateTime startsAt, int durationMinutes,
        String focus, VisitStatus status, boolean walkIn, String cancelReason, List<LeaderRef> leaders, long version,
        boolean manageable, boolean logOpen) implements Serializable {

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public Set<Long> leaderIds() {
        return leaders.stream().map(LeaderRef::id).collect(Collectors.toSet());
    }

    public String leaderNames() {
        return leaders.stream().map(LeaderRef::name).collect(Collectors.joining(", "));
    }

    public boolean isPlanned() {
        return status == VisitStatus.PLANNED;
    }

    public VisitDraft toDraft() {
        return new VisitDraft(schoolId, startsAt, durationMinutes, focus, leaderIds());
    }
}
