package org.roundtable.checkin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.FormErrors;
import org.roundtable.account.LeaderRef;
import org.roundtable.rounding.Visits;
import org.roundtable.security.Me;

/** The check-ins page: my series with their next check-in, and for district leaders every series and a new one. */
@Named("seriesPage")
@ViewScoped
public class SeriesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("principalId", "start:principal", "leaderId", "start:leader",
            "dayOfWeek", "start:day", "timeOfDay", "start:time", "durationMinutes", "start:duration",
            "startsOn", "start:startsOn");

    @Inject
    CheckIns checkIns;

    @Inject
    Visits visits;

    @Inject
    PrincipalChoices principals;

    @Inject
    FormErrors errors;

    @Inject
    Me me;

    private List<SeriesRow> mine;
    private List<SeriesRow> all = List.of();
    private List<SeriesRow> missedTwice = List.of();
    private List<LeaderRef> leaders = List.of();
    private List<LeaderRef> principalChoices = List.of();
    private Long principalId;
    private Long leaderId;
    private DayOfWeek day = DayOfWeek.TUESDAY;
    private LocalTime time = LocalTime.of(15, 30);
    private Integer durationMinutes = 45;
    private LocalDate startsOn = LocalDate.now().plusDays(1);
    private final Map<Long, Long> handOverTo = new java.util.HashMap<>();
    private Long managingId;

    public void load() {
        if (mine != null) {
            return;
        }
        reload();
        if (me.isDistrictLeader()) {
            leaders = visits.districtLeaders();
            principalChoices = principals.withoutSeries();
            leaderId = me.getUserId();
        }
    }

    private void reload() {
        mine = checkIns.mySeries();
        if (me.isDistrictLeader()) {
            all = checkIns.allSeries();
            all.forEach(r -> handOverTo.put(r.id(), r.leaderId()));
            missedTwice = checkIns.missedTwiceInARow();
        }
    }

    public void start() {
        try {
            checkIns.startSeries(new SeriesDraft(principalId, leaderId, day, time, durationMinutes, startsOn));
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.notice("series.started");
        principalId = null;
        principalChoices = principals.withoutSeries();
        reload();
    }

    /** Opens (or closes) the tools of one series; one at a time. */
    public void manage(SeriesRow s) {
        managingId = Long.valueOf(s.id()).equals(managingId) ? null : s.id();
    }

    public void pause(SeriesRow s) {
        change(() -> checkIns.pause(s.id(), s.version()), "series.paused");
    }

    public void resume(SeriesRow s) {
        change(() -> checkIns.resume(s.id(), s.version()), "series.resumed");
    }

    public void handOver(SeriesRow s) {
        Long to = handOverTo.get(s.id());
        if (to == null || to == s.leaderId()) {
            return;
        }
        change(() -> checkIns.handOver(s.id(), s.version(), to), "series.handedOver");
    }

    private void change(Runnable action, String done) {
        try {
            action.run();
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            reload();
            return;
        }
        errors.notice(done);
        reload();
    }

    public Map<Long, Long> getHandOverTo() { return handOverTo; }
    public Long getManagingId() { return managingId; }
    public List<SeriesRow> getMine() { return mine; }
    public List<SeriesRow> getAll() { return all; }
    public List<SeriesRow> getMissedTwice() { return missedTwice; }
    public List<LeaderRef> getLeaders() { return leaders; }
    public List<LeaderRef> getPrincipalChoices() { return principalChoices; }
    public DayOfWeek[] getDays() { return new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}; }
    public Long getPrincipalId() { return principalId; }
    public void setPrincipalId(Long principalId) { this.principalId = principalId; }
    public Long getLeaderId() { return leaderId; }
    public void setLeaderId(Long leaderId) { this.leaderId = leaderId; }
    public DayOfWeek getDay() { return day; }
    public void setDay(DayOfWeek day) { this.day = day; }
    public LocalTime getTime() { return time; }
    public void setTime(LocalTime time) { this.time = time; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
}
