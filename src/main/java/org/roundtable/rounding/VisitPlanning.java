package org.roundtable.rounding;

import org.roundtable.account.LeaderRef;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.roundtable.people.People;
import org.roundtable.people.SchoolChoice;
import org.roundtable.platform.FormErrors;
import org.roundtable.security.Me;
import org.roundtable.platform.NotFoundException;

/**
 * Plans a visit or changes a planned one ({@code ?id=}); {@code ?date=} preselects a day chosen on the
 * calendar. The caller is preselected as leader; a refused save keeps everything typed.
 */
@Named("planning")
@ViewScoped
public class VisitPlanning implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("schoolId", "form:school", "startsAt", "form:date",
            "durationMinutes", "form:duration", "focus", "form:focus", "leaderIds", "form:leaders");

    @Inject
    Visits visits;

    @Inject
    People people;

    @Inject
    FormErrors errors;

    @Inject
    Me me;

    private String id;
    private String date;
    private Long editingId;
    private long version;
    private Long schoolId;
    private LocalDate day;
    private LocalTime time = LocalTime.of(9, 0);
    private Integer durationMinutes = 90;
    private String focus;
    private List<Long> leaderIds = new ArrayList<>();
    private List<SchoolChoice> schools;
    private List<LeaderRef> leaders;
    private Long savedId;

    public void load() {
        schools = people.schoolChoices();
        leaders = visits.districtLeaders();
        if (id != null && editingId == null) {
            VisitDetail v;
            try {
                v = visits.find(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new NotFoundException("visit " + id);
            }
            editingId = v.id();
            version = v.version();
            schoolId = v.schoolId();
            day = v.startsAt().toLocalDate();
            time = v.startsAt().toLocalTime();
            durationMinutes = v.durationMinutes();
            focus = v.focus();
            leaderIds = new ArrayList<>(v.leaderIds());
        } else if (editingId == null && leaderIds.isEmpty()) {
            leaders.stream().filter(l -> l.id() == me.getUserId()).findFirst().ifPresent(l -> leaderIds.add(l.id()));
            day = LocalDate.now().plusDays(1);
            if (date != null) {
                try {
                    LocalDate chosen = LocalDate.parse(date);
                    if (!chosen.isBefore(LocalDate.now())) {
                        day = chosen;
                    }
                } catch (DateTimeParseException ignored) {
                    // An unreadable date parameter just leaves tomorrow preselected.
                }
            }
        }
    }

    public synchronized void save() throws IOException {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        if (savedId != null) {
            ext.redirect(ext.getRequestContextPath() + "/rounding/visit.xhtml?id=" + savedId);
            return;
        }
        LocalDateTime startsAt = day == null || time == null ? null : day.atTime(time);
        VisitDraft draft = new VisitDraft(schoolId, startsAt, durationMinutes, focus,
                leaderIds == null ? null : new HashSet<>(leaderIds));
        long saved;
        try {
            if (editingId == null) {
                saved = visits.plan(draft);
                savedId = saved;
            } else {
                visits.replan(editingId, version, draft);
                saved = editingId;
            }
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info(editingId == null ? "visit.planned" : "visit.changed");
        ext.redirect(ext.getRequestContextPath() + "/rounding/visit.xhtml?id=" + saved);
    }

    public boolean isEditing() { return editingId != null; }
    public Long getEditingId() { return editingId; }
    public List<SchoolChoice> getSchools() { return schools; }
    public List<LeaderRef> getLeaders() { return leaders; }
    public LocalDate getToday() { return LocalDate.now(); }
    public int[] getDurations() { return new int[] {30, 45, 60, 90, 120, 180, 240}; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getTime() { return time; }
    public void setTime(LocalTime time) { this.time = time; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getFocus() { return focus; }
    public void setFocus(String focus) { this.focus = focus; }
    public List<Long> getLeaderIds() { return leaderIds; }
    public void setLeaderIds(List<Long> leaderIds) { this.leaderIds = leaderIds; }
}
