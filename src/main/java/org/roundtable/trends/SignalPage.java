package org.roundtable.trends;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.roundtable.account.LeaderRef;
import org.roundtable.platform.FormErrors;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.rounding.ConcernDraft;
import org.roundtable.rounding.VisitLog;
import org.roundtable.security.CurrentCaller;

/**
 * One emerging problem ({@code /trends/signal.xhtml?rule=&school=&theme=}): why it fired, the evidence, where it
 * stands and its history; district leaders acknowledge it with a note, snooze it until a day, reopen it, or open a
 * follow-up from it. A refused action keeps what was typed and says why next to the field.
 */
@Named
@ViewScoped
public class SignalPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Map<String, String> FIELDS = Map.of("note", "act:note", "until", "act:until",
            "concern", "followUp:concern", "ownerId", "followUp:owner", "dueOn", "followUp:dueOn");

    @Inject
    SignalActions actions;

    @Inject
    VisitLog visitLog;

    @Inject
    FormErrors errors;

    @Inject
    CurrentCaller callers;

    private String rule;
    private Long schoolId;
    private Long themeId;

    private SignalDetail detail;
    private List<LeaderRef> owners = List.of();

    private String note;
    private LocalDate until;
    private String concern;
    private Long ownerId;
    private LocalDate dueOn;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (faces.isValidationFailed() || rule == null || themeId == null) {
            throw new InvalidRequestException(null, "trends.address.invalid");
        }
        read();
        if (detail.entry().signal() != null && detail.schoolName() != null) {
            concern = detail.themeName() + " at " + detail.schoolName() + ": " + Reasons.of(detail.entry().signal(), Locale.ENGLISH);
        }
        if (schoolId != null && callers.get().isDistrictLeader()) {
            owners = visitLog.possibleOwners(schoolId);
            until = LocalDate.now().plusWeeks(2);
            dueOn = LocalDate.now().plusWeeks(2);
        }
    }

    /**
     * Answers an address whose parameters did not convert with a 400 (the view action, which would say so, is
     * skipped then).
     */
    public void checkAddress() {
        org.roundtable.platform.Addresses.requireConverted("trends.address.invalid");
    }

    private void read() {
        detail = actions.detail(rule, schoolId, themeId);
    }

    public void acknowledge() throws IOException {
        try {
            actions.acknowledge(rule, schoolId, themeId, detail.entry().version(), note);
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info("trends.acknowledged");
        toList();
    }

    public void snooze() throws IOException {
        try {
            actions.snooze(rule, schoolId, themeId, detail.entry().version(), until, note);
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info("trends.snoozed");
        toList();
    }

    public void reopen() {
        try {
            actions.reopen(rule, schoolId, themeId, detail.entry().version());
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            read();
            return;
        }
        errors.notice("trends.reopened");
        read();
    }

    public void openFollowUp() {
        try {
            actions.openFollowUp(rule, schoolId, themeId, detail.entry().version(), new ConcernDraft(concern, ownerId, dueOn));
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.notice("trends.followUp.opened");
        read();
    }

    private static void toList() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/trends/index.xhtml");
    }

    /** Why it fired, in the page's words. */
    public String getReason() {
        return detail.entry().signal() == null ? null : Reasons.of(detail.entry().signal(), Locale.ENGLISH);
    }

    public String when(java.time.Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    public String getEvidence() {
        SignalView s = detail.entry().signal();
        return "/observations/index.xhtml?" + (s.schoolId() == null ? "" : "school=" + s.schoolId() + "&")
                + "theme=" + s.themeId() + "&tone=CONCERN&from=" + s.from() + "&to=" + s.to();
    }

    public boolean isActionable() {
        return callers.get().isDistrictLeader() && detail.entry().signal() != null;
    }

    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public SignalDetail getDetail() { return detail; }
    public List<LeaderRef> getOwners() { return owners; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public String getConcern() { return concern; }
    public void setConcern(String concern) { this.concern = concern; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
}
