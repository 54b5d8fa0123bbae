package org.roundtable.checkin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.FormErrors;
import org.roundtable.security.Me;
import org.roundtable.platform.NotFoundException;

/**
 * One check-in: the shared agenda (add, reorder, mark discussed), open action items, shared notes, the reader's
 * own private note, and holding it (which carries what is left to the next one). Every save keeps what was typed
 * when it is refused.
 */
@Named("checkInPage")
@ViewScoped
public class CheckInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CheckIns checkIns;

    @Inject
    FormErrors errors;

    @Inject
    Me me;

    @Inject
    org.roundtable.observation.Themes themes;

    private String id;
    private CheckInView view;
    private String newPoint;
    private String sharedNotes;
    private String privateNote;
    private Long privateNoteVersion;
    private String actionText;
    private Long actionOwnerId;
    private LocalDate actionDue;
    private LocalDate moveDay;
    private java.time.LocalTime moveTime;
    private boolean observing;
    private boolean offerHoldNow;
    private Long editingPointId;
    private String pointText;
    private String observationText;
    private org.roundtable.people.RoleGroup observationRoleGroup = org.roundtable.people.RoleGroup.PRINCIPAL;
    private List<Long> themeIds = new java.util.ArrayList<>();
    private org.roundtable.observation.Tone tone;
    private List<org.roundtable.observation.ThemeRef> themeChoices = List.of();

    public void load() {
        if (view != null) {
            return;
        }
        long checkInId;
        try {
            checkInId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("checkIn " + id);
        }
        view = checkIns.find(checkInId);
        sharedNotes = view.sharedNotes();
        checkIns.myPrivateNote(checkInId).ifPresent(n -> {
            privateNote = n.text();
            privateNoteVersion = n.version();
        });
        actionOwnerId = view.principalId();
        moveDay = view.startsAt().toLocalDate();
        moveTime = view.startsAt().toLocalTime();
        // Two weeks after the check-in (or after today, for one already past): never before the check-in itself.
        LocalDate from = view.startsAt().toLocalDate().isAfter(LocalDate.now()) ? view.startsAt().toLocalDate() : LocalDate.now();
        actionDue = from.plusDays(14);
    }

    private void refresh() {
        view = checkIns.find(view.id());
    }

    public void addPoint() {
        try {
            checkIns.addPoint(view.id(), newPoint);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("text", "agenda:newPoint", "arg1", "agenda:newPoint"));
            return;
        }
        newPoint = null;
        refresh();
    }

    public void toggle(PointView p) {
        try {
            checkIns.markDiscussed(p.id(), p.version(), !p.discussed());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
        }
        refresh();
    }

    /** Opens the author's own undiscussed point for rewording. */
    public void editPoint(PointView p) {
        editingPointId = p.id();
        pointText = p.text();
    }

    public void cancelPoint() {
        editingPointId = null;
    }

    public void savePoint(PointView p) {
        try {
            checkIns.editPoint(p.id(), p.version(), pointText);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("text", "agenda:rows:" + index(p) + ":pointText", "arg2", "agenda:rows:" + index(p) + ":pointText"));
            return;
        }
        editingPointId = null;
        refresh();
    }

    public void removePoint(PointView p) {
        try {
            checkIns.removePoint(p.id(), p.version());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
        }
        refresh();
    }

    private int index(PointView p) {
        return view.points().indexOf(p);
    }

    public void move(PointView p, int direction) {
        checkIns.movePoint(p.id(), direction);
        refresh();
    }

    public void saveSharedNotes() {
        try {
            checkIns.writeSharedNotes(view.id(), view.version(), sharedNotes);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("sharedNotes", "notes:shared", "text", "notes:shared", "arg2", "notes:shared"));
            return;
        }
        errors.notice("checkIn.notesSaved");
        refresh();
    }

    public void savePrivateNote() {
        try {
            // The new version comes back with the save: no second read (each read of a note is audited).
            privateNoteVersion = checkIns.writePrivateNote(view.id(), privateNoteVersion, privateNote);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("privateNote", "private:note", "text", "private:note", "arg2", "private:note"));
            return;
        }
        errors.notice("checkIn.privateSaved");
    }

    /** Deletes my private note (kept in the database, hidden everywhere). */
    public void deletePrivateNote() {
        try {
            checkIns.deletePrivateNote(view.id(), privateNoteVersion == null ? -1 : privateNoteVersion);
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            return;
        }
        privateNote = null;
        privateNoteVersion = null;
        errors.notice("checkIn.privateDeleted");
    }

    public void addAction() {
        try {
            checkIns.addAction(view.id(), actionOwnerId, actionText, actionDue);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("text", "actions:text", "arg2", "actions:text", "ownerId", "actions:owner",
                    "arg1", "actions:owner", "dueOn", "actions:due"));
            return;
        }
        actionText = null;
        refresh();
    }

    public void done(ActionView a) {
        try {
            checkIns.completeAction(a.id(), a.version(), true);
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
        }
        refresh();
    }

    /** Marks the check-in held and opens the next one, where what is left has been carried. */
    public void hold() throws IOException {
        java.util.Optional<Long> next;
        try {
            next = checkIns.hold(view.id(), view.version());
        } catch (RuntimeException e) {
            // Before its start time the page says so and offers to move it to now (the two met earlier).
            offerHoldNow = e instanceof org.roundtable.platform.InvalidRequestException ire
                    && "checkIn.hold.early".equals(ire.messageKey());
            errors.show(e, Map.of());
            return;
        }
        held(next);
    }

    /** Moves a check-in that has not started to now and marks it held (the two met earlier than planned). */
    public void holdNow() throws IOException {
        java.util.Optional<Long> next;
        try {
            next = checkIns.holdNow(view.id(), view.version());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            return;
        }
        held(next);
    }

    private void held(java.util.Optional<Long> next) throws IOException {
        errors.info("checkIn.held");
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/checkins/checkin.xhtml?id=" + next.orElse(view.id()));
    }

    /** Opens the observation panel, prefilled with the shared notes. */
    public void startObservation() {
        observing = true;
        observationText = sharedNotes;
        themeIds = new java.util.ArrayList<>();
        tone = null;
        if (themeChoices.isEmpty()) {
            themeChoices = themes.active();
        }
    }

    public void cancelObservation() {
        observing = false;
    }

    /** Records the observation, linked to this check-in, dated the check-in's day (or today, if that is later). */
    public void saveObservation() {
        LocalDate day = view.startsAt().toLocalDate();
        LocalDate on = day.isAfter(LocalDate.now()) ? LocalDate.now() : day;
        try {
            checkIns.observe(view.id(), new org.roundtable.observation.ObservationDraft(view.schoolId(), on,
                    observationRoleGroup, themeIds == null ? null : new java.util.HashSet<>(themeIds), tone, observationText));
        } catch (RuntimeException e) {
            errors.show(e, Map.of("themeIds", "observe:themes", "themes", "observe:themes", "tone", "observe:tone",
                    "text", "observe:text", "roleGroup", "observe:roleGroup"));
            return;
        }
        observing = false;
        errors.notice("checkIn.observed");
    }

    /** Moves this check-in only; the series keeps its rhythm. */
    public void move() {
        try {
            checkIns.move(view.id(), view.version(), moveDay == null || moveTime == null ? null : moveDay.atTime(moveTime));
        } catch (RuntimeException e) {
            errors.show(e, Map.of("startsAt", "reschedule:day", "arg2", "reschedule:day", "move", "reschedule:day"));
            return;
        }
        errors.info("checkIn.moved");
        refresh();
    }

    /** Skips this check-in (a holiday, a clash); its talking points wait for the next one when it is held. */
    public void skip() {
        try {
            checkIns.skip(view.id(), view.version());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            return;
        }
        errors.info("checkIn.skipped");
        refresh();
    }

    public List<Map.Entry<Long, String>> getOwners() {
        return List.of(Map.entry(view.principalId(), view.principalName()), Map.entry(view.leaderId(), view.leaderName()));
    }

    public CheckInView getView() { return view; }
    public boolean isScheduled() { return view.status() == Attendance.Status.SCHEDULED; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getNewPoint() { return newPoint; }
    public void setNewPoint(String newPoint) { this.newPoint = newPoint; }
    public String getSharedNotes() { return sharedNotes; }
    public void setSharedNotes(String sharedNotes) { this.sharedNotes = sharedNotes; }
    public String getPrivateNote() { return privateNote; }
    public boolean isHasPrivateNote() { return privateNoteVersion != null; }
    public void setPrivateNote(String privateNote) { this.privateNote = privateNote; }
    public String getActionText() { return actionText; }
    public void setActionText(String actionText) { this.actionText = actionText; }
    public Long getActionOwnerId() { return actionOwnerId; }
    public void setActionOwnerId(Long actionOwnerId) { this.actionOwnerId = actionOwnerId; }
    public LocalDate getActionDue() { return actionDue; }
    public boolean isObserving() { return observing; }
    public boolean isOfferHoldNow() { return offerHoldNow; }
    public Long getEditingPointId() { return editingPointId; }
    public String getPointText() { return pointText; }
    public void setPointText(String pointText) { this.pointText = pointText; }
    public LocalDate getToday() { return LocalDate.now(); }
    public String getObservationText() { return observationText; }
    public void setObservationText(String observationText) { this.observationText = observationText; }
    public org.roundtable.people.RoleGroup getObservationRoleGroup() { return observationRoleGroup; }
    public void setObservationRoleGroup(org.roundtable.people.RoleGroup g) { this.observationRoleGroup = g; }
    public org.roundtable.people.RoleGroup[] getRoleGroups() { return org.roundtable.people.RoleGroup.values(); }
    public List<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds; }
    public org.roundtable.observation.Tone getTone() { return tone; }
    public void setTone(org.roundtable.observation.Tone tone) { this.tone = tone; }
    public org.roundtable.observation.Tone[] getTones() { return org.roundtable.observation.Tone.values(); }
    public List<org.roundtable.observation.ThemeRef> getThemeChoices() { return themeChoices; }
    public LocalDate getMoveDay() { return moveDay; }
    public void setMoveDay(LocalDate moveDay) { this.moveDay = moveDay; }
    public java.time.LocalTime getMoveTime() { return moveTime; }
    public void setMoveTime(java.time.LocalTime moveTime) { this.moveTime = moveTime; }
    public void setActionDue(LocalDate actionDue) { this.actionDue = actionDue; }
}
