package org.roundtable.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundtable.checkin.CheckIns;
import org.roundtable.checkin.SeriesRow;
import org.roundtable.critical.CriticalConversations;
import org.roundtable.critical.CriticalRow;
import org.roundtable.observation.ObservationRow;
import org.roundtable.observation.Observations;
import org.roundtable.observation.Tone;
import org.roundtable.people.People;
import org.roundtable.people.SchoolChoice;
import org.roundtable.rounding.FollowUps;
import org.roundtable.rounding.Recognitions;
import org.roundtable.rounding.VisitEvent;
import org.roundtable.rounding.Visits;
import org.roundtable.security.Caller;
import org.roundtable.security.CurrentCaller;

/**
 * The home page: leaders see their next visits, their follow-ups, recent observations in their scope and the last
 * 30 days by tone; district leaders also see schools due a visit and thank-you notes waiting.
 */
@Named
@RequestScoped
public class Home {

    static final int RECENT = 8;

    @Inject
    CurrentCaller callers;

    @Inject
    Observations observations;

    @Inject
    People people;

    @Inject
    Visits visits;

    @Inject
    FollowUps followUps;

    @Inject
    Recognitions recognitions;

    @Inject
    CheckIns checkIns;

    @Inject
    CriticalConversations critical;

    private List<ObservationRow> recent = List.of();
    private Map<Tone, Long> last30 = Map.of();
    private List<VisitEvent> nextVisits = List.of();
    private long openFollowUps;
    private long overdueFollowUps;
    private List<SeriesRow> nextCheckIns = List.of();
    private List<CriticalRow> criticalFollowUps = List.of();
    private long thankYousWaiting;
    private long schoolsDue;
    private List<SeriesRow> missedTwice = List.of();
    private String schoolName;

    public void load() {
        Caller caller = callers.get();
        if (caller.isLeader()) {
            recent = observations.recent(RECENT);
            last30 = observations.toneCounts(LocalDate.now().minusDays(30));
            nextVisits = visits.upcoming(3);
            long[] mine = followUps.myOpenAndOverdue();
            openFollowUps = mine[0];
            overdueFollowUps = mine[1];
            nextCheckIns = checkIns.myNextCheckIns(3);
            criticalFollowUps = critical.myFollowUps(5);
        }
        if (caller.isDistrictLeader()) {
            thankYousWaiting = recognitions.countMineWaitingTooLong();
            schoolsDue = visits.dueCount();
            missedTwice = checkIns.missedTwiceInARow();
        }
        if (caller.isPrincipal()) {
            schoolName = people.schoolChoices().stream().findFirst().map(SchoolChoice::name).orElse(null);
        }
    }

    public List<ObservationRow> getRecent() { return recent; }
    public List<CriticalRow> getCriticalFollowUps() { return criticalFollowUps; }
    public LocalDate getToday() { return LocalDate.now(); }
    public Map<Tone, Long> getLast30() { return last30; }
    public Tone[] getTones() { return Tone.values(); }
    public String getSchoolName() { return schoolName; }
    public List<VisitEvent> getNextVisits() { return nextVisits; }
    public long getOpenFollowUps() { return openFollowUps; }
    public long getOverdueFollowUps() { return overdueFollowUps; }
    public long getThankYousWaiting() { return thankYousWaiting; }
    public long getSchoolsDue() { return schoolsDue; }
    public List<SeriesRow> getMissedTwice() { return missedTwice; }
    public List<SeriesRow> getNextCheckIns() { return nextCheckIns; }
}
