package org.roundtable.rounding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.roundtable.people.People;
import org.roundtable.people.SchoolChoice;
import org.roundtable.platform.FormErrors;
import org.roundtable.security.Me;

/**
 * The rounding page: the visit calendar (month, week, list), the next visits, and — for district leaders —
 * coverage and walk-ins. Dragging a planned visit reschedules it; a refused move snaps back with the reason.
 */
@Named("rounding")
@ViewScoped
public class RoundingCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    @Inject
    People people;

    @Inject
    FormErrors errors;

    @Inject
    Me me;

    private ScheduleModel model;
    private Coverage coverage;
    private List<VisitEvent> upcoming;
    private List<SchoolChoice> schools;
    private Long walkInSchoolId;

    @PostConstruct
    void init() {
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
                for (VisitEvent v : visits.calendar(start, end, false)) {
                    addEvent(DefaultScheduleEvent.<VisitEvent>builder()
                            .title(v.schoolName() + (v.leaders().isEmpty() ? "" : " · " + String.join(", ", v.leaders())))
                            .startDate(v.startsAt())
                            .endDate(v.endsAt())
                            .data(v)
                            .url(context + "/rounding/visit.xhtml?id=" + v.id())
                            .styleClass("rt-visit rt-visit-" + v.status().name().toLowerCase())
                            .editable(me.isDistrictLeader() && v.status() == VisitStatus.PLANNED)
                            // Leaders visit different schools at the same hour: a visit may be dropped beside another.
                            .overlapAllowed(true)
                            .build());
                }
            }
        };
        upcoming = visits.upcoming(8);
        if (me.isDistrictLeader()) {
            coverage = visits.coverage();
            schools = people.schoolChoices();
        }
    }

    /** A visit dragged to another day or time. */
    public void onMove(ScheduleEntryMoveEvent event) {
        ScheduleEvent<?> moved = event.getScheduleEvent();
        if (!(moved.getData() instanceof VisitEvent v)) {
            return;
        }
        LocalDateTime to = v.startsAt().plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta())
                .plusDays(event.getDayDelta()).plusMinutes(event.getMinuteDelta());
        try {
            visits.reschedule(v.id(), v.version(), to);
            errors.notice("visit.moved");
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
        }
        upcoming = visits.upcoming(8);
    }

    /** Starts a walk-in visit at the chosen school and opens its log. */
    public void startWalkIn() throws IOException {
        if (walkInSchoolId == null) {
            errors.error("walkIn:school", "visit.school.required");
            return;
        }
        long id;
        try {
            id = visits.walkIn(walkInSchoolId);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("schoolId", "walkIn:school"));
            return;
        }
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/rounding/visit.xhtml?id=" + id);
    }

    public ScheduleModel getModel() { return model; }
    public Coverage getCoverage() { return coverage; }
    public List<VisitEvent> getUpcoming() { return upcoming; }
    public List<SchoolChoice> getSchools() { return schools; }
    public LocalDate getToday() { return LocalDate.now(); }
    public Long getWalkInSchoolId() { return walkInSchoolId; }
    public void setWalkInSchoolId(Long walkInSchoolId) { this.walkInSchoolId = walkInSchoolId; }
}
