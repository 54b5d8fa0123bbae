package org.roundtable.observation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.roundtable.people.People;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.SchoolChoice;
import org.roundtable.platform.FormErrors;
import org.roundtable.platform.NotFoundException;

/**
 * The observation form, new or revised ({@code ?id=}). Built for a phone: the school is preselected for a
 * principal, today is the default date, and a failed save keeps everything typed.
 */
@Named("entry")
@ViewScoped
public class ObservationEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "schoolId", "form:school", "observedOn", "form:date", "roleGroup", "form:roleGroup",
            "themeIds", "form:themes", "themes", "form:themes", "tone", "form:tone", "text", "form:text");

    @Inject
    Observations observations;

    @Inject
    Themes themes;

    @Inject
    People people;

    @Inject
    FormErrors errors;

    private String id;
    private Long editingId;
    private Long savedId;
    private long version;
    private Long schoolId;
    private LocalDate observedOn = LocalDate.now();
    private RoleGroup roleGroup;
    private List<Long> themeIds = new ArrayList<>();
    private Tone tone;
    private String text;
    private List<SchoolChoice> schools;
    private List<ThemeRef> themeChoices;

    /** Loads the choices and, when revising, the observation ({@code f:viewAction}). */
    public void load() {
        schools = people.schoolChoices();
        themeChoices = new ArrayList<>(themes.active());
        if (schools.size() == 1 && schoolId == null) {
            schoolId = schools.get(0).id();
        }
        if (id != null && editingId == null) {
            long parsed;
            try {
                parsed = Long.parseLong(id);
            } catch (NumberFormatException e) {
                throw new NotFoundException("observation " + id);
            }
            ObservationDetail detail = observations.find(parsed);
            if (!detail.editable()) {
                throw new org.roundtable.platform.AccessDeniedException("Only the author revises an observation");
            }
            editingId = detail.id();
            version = detail.version();
            schoolId = detail.schoolId();
            observedOn = detail.observedOn();
            roleGroup = detail.roleGroup();
            themeIds = new ArrayList<>(detail.themeIds());
            tone = detail.tone();
            text = detail.text();
            // A retired theme stays selectable on the observation that already has it.
            detail.themes().stream().filter(ThemeRef::retired).forEach(themeChoices::add);
        }
    }

    /**
     * Saves the form. A second submission of the same form (a double tap, a resent request) does not record the
     * observation twice: it goes to the one already saved.
     */
    public synchronized void save() throws IOException {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        if (savedId != null) {
            ext.redirect(ext.getRequestContextPath() + "/observations/view.xhtml?id=" + savedId);
            return;
        }
        ObservationDraft draft = new ObservationDraft(schoolId, observedOn, roleGroup,
                themeIds == null ? null : new HashSet<>(themeIds), tone, text);
        long saved;
        try {
            if (editingId == null) {
                saved = observations.record(draft);
            } else {
                observations.revise(editingId, version, draft);
                saved = editingId;
            }
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        if (editingId == null) {
            savedId = saved;
        }
        errors.info(editingId == null ? "obs.saved" : "obs.revised");
        ext.redirect(ext.getRequestContextPath() + "/observations/view.xhtml?id=" + saved);
    }

    public boolean isEditing() { return editingId != null; }
    public List<SchoolChoice> getSchools() { return schools; }
    public List<ThemeRef> getThemeChoices() { return themeChoices; }
    public RoleGroup[] getRoleGroups() { return RoleGroup.values(); }
    public Tone[] getTones() { return Tone.values(); }
    public LocalDate getToday() { return LocalDate.now(); }
    public int getMaxText() { return Observation.MAX_TEXT; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public LocalDate getObservedOn() { return observedOn; }
    public void setObservedOn(LocalDate observedOn) { this.observedOn = observedOn; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public void setRoleGroup(RoleGroup roleGroup) { this.roleGroup = roleGroup; }
    public List<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds; }
    public Tone getTone() { return tone; }
    public void setTone(Tone tone) { this.tone = tone; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
