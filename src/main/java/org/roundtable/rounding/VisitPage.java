package org.roundtable.rounding;

import org.roundtable.account.LeaderRef;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.observation.ObservationDraft;
import org.roundtable.observation.ThemeRef;
import org.roundtable.observation.Themes;
import org.roundtable.observation.Tone;
import org.roundtable.people.People;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.StaffRow;
import org.roundtable.platform.FormErrors;
import org.roundtable.platform.NotFoundException;

/**
 * The visit page and its log, built for a phone in a hallway: who you talked with, the rounding questions,
 * and from any answer one tap to an observation, a recognition or a concern with a follow-up. Every form keeps
 * what was typed when a save fails (refused by the server, or never arriving on a flaky connection).
 */
@Named("visitPage")
@ViewScoped
public class VisitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a tap on an answer turns it into. */
    public enum ActionKind { OBSERVATION, RECOGNITION, CONCERN }

    private static final Map<String, String> TALK_FIELDS = Map.of("kind", "talk:kind", "staffMemberId", "talk:staff",
            "roleGroup", "talk:roleGroup", "gradeBand", "talk:gradeBand", "onTheirMind", "talk:mind",
            "answers", "talk:mind", "leadersOnly", "talk:leadersOnly");
    /** Service field names mapped to the inputs of the action panel, which sits under conversation number {@code index}. */
    private static Map<String, String> actionFields(int index) {
        String p = "log:convs:" + index + ":";
        return Map.ofEntries(
                Map.entry("themeIds", p + "themes"), Map.entry("themes", p + "themes"), Map.entry("tone", p + "tone"),
                Map.entry("text", p + "actionText"), Map.entry("reason", p + "actionText"),
                Map.entry("concern", p + "actionText"), Map.entry("staffMemberId", p + "recognized"),
                Map.entry("team", p + "team"), Map.entry("ownerId", p + "owner"), Map.entry("dueOn", p + "due"),
                Map.entry("observedOn", p + "actionText"), Map.entry("schoolId", p + "actionText"),
                Map.entry("roleGroup", p + "actionText"));
    }

    @Inject
    Visits visits;

    @Inject
    VisitLog log;

    @Inject
    RoundingQuestions questions;

    @Inject
    FollowUps followUps;

    @Inject
    Recognitions recognitions;

    @Inject
    Themes themes;

    @Inject
    People people;

    @Inject
    FormErrors errors;

    private String id;
    private VisitDetail visit;
    private List<ConversationView> conversations = List.of();
    private List<RecognitionRow> visitRecognitions = List.of();
    private List<FollowUpRow> visitFollowUps = List.of();
    private VisitSummary summary;
    private List<QuestionRow> questionList = List.of();
    private List<StaffRow> staff = List.of();
    private List<ThemeRef> themeChoices = List.of();
    private List<LeaderRef> owners = List.of();

    // The conversation form.
    private ConversationKind kind = ConversationKind.STAFF_MEMBER;
    private StaffRow person;
    private RoleGroup roleGroup;
    private GradeBand gradeBand;
    private Map<Long, String> answers = new LinkedHashMap<>();
    private String onTheirMind;
    private boolean leadersOnly;
    private Long editingConversationId;
    private long editingConversationVersion;

    // The action panel under one conversation.
    private ActionKind actionKind;
    private Long actionConversationId;
    private String actionText;
    private List<Long> themeIds = new ArrayList<>();
    private Tone tone;
    private StaffRow recognized;
    private String team;
    private Long ownerId;
    private LocalDate dueOn;

    private String cancelReason;

    public void load() {
        if (visit != null) {
            return;
        }
        long visitId;
        try {
            visitId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("visit " + id);
        }
        visit = visits.find(visitId);
        if (visit.manageable()) {
            questionList = questions.active();
            staff = people.staff(visit.schoolId(), null, null, false, 0, People.MAX_PAGE_SIZE).rows();
            themeChoices = themes.active();
            owners = log.possibleOwners(visit.schoolId());
        }
        readLog();
    }

    /** After a change: the visit again (its version, its status), then its log. */
    private void refresh() {
        visit = visits.find(visit.id());
        readLog();
    }

    private void readLog() {
        conversations = log.conversations(visit.id());
        visitRecognitions = recognitions.ofVisit(visit.id());
        visitFollowUps = followUps.ofVisit(visit.id());
        summary = log.summary(visit.id());
    }

    /** Saves the conversation form: a new conversation, or the one being revised. */
    public void saveConversation() {
        Map<Long, String> typed = new LinkedHashMap<>();
        answers.forEach((q, a) -> {
            if (a != null && !a.isBlank()) {
                typed.put(q, a);
            }
        });
        ConversationDraft draft = new ConversationDraft(kind, person == null ? null : person.id(), roleGroup, gradeBand,
                onTheirMind, leadersOnly, typed);
        try {
            if (editingConversationId == null) {
                log.addConversation(visit.id(), draft);
            } else {
                log.reviseConversation(editingConversationId, editingConversationVersion, draft);
            }
        } catch (RuntimeException e) {
            errors.show(e, TALK_FIELDS);
            return;
        }
        errors.notice(editingConversationId == null ? "conversation.saved" : "conversation.revised");
        clearConversationForm();
        refresh();
    }

    /** Loads a logged conversation into the form to revise it. */
    public void editConversation(ConversationView c) {
        editingConversationId = c.id();
        editingConversationVersion = c.version();
        kind = c.kind();
        person = c.staffMemberId() == null ? null
                : staff.stream().filter(s -> s.id() == c.staffMemberId()).findFirst().orElse(null);
        roleGroup = c.kind() == ConversationKind.ROLE_GROUP ? c.roleGroup() : null;
        gradeBand = c.gradeBand();
        onTheirMind = c.onTheirMind();
        leadersOnly = c.leadersOnly();
        answers = new LinkedHashMap<>();
        for (AnswerView a : c.answers()) {
            questionList.stream().filter(q -> q.text().equals(a.question())).findFirst()
                    .ifPresent(q -> answers.put(q.id(), a.answer()));
        }
    }

    public void clearConversationForm() {
        kind = ConversationKind.STAFF_MEMBER;
        person = null;
        roleGroup = null;
        gradeBand = null;
        onTheirMind = null;
        leadersOnly = false;
        answers = new LinkedHashMap<>();
        editingConversationId = null;
    }

    /** Opens the action panel under a conversation, prefilled with the answer it starts from. */
    public void startAction(ConversationView c, String from, ActionKind what) {
        actionConversationId = c.id();
        actionKind = what;
        actionText = from;
        themeIds = new ArrayList<>();
        tone = what == ActionKind.RECOGNITION ? Tone.CELEBRATION : what == ActionKind.CONCERN ? Tone.CONCERN : null;
        recognized = null;
        team = null;
        ownerId = null;
        dueOn = LocalDate.now().plusDays(14);
    }

    public void cancelAction() {
        actionConversationId = null;
        actionKind = null;
    }

    /** Saves the open action panel. */
    public void saveAction() {
        ConversationView c = conversations.stream().filter(x -> Long.valueOf(x.id()).equals(actionConversationId))
                .findFirst().orElse(null);
        if (c == null || actionKind == null) {
            cancelAction();
            return;
        }
        try {
            switch (actionKind) {
                case OBSERVATION -> log.observe(c.id(), new ObservationDraft(visit.schoolId(),
                        c.visitStart().toLocalDate(), c.roleGroup(), themeIds == null ? null : new HashSet<>(themeIds),
                        tone, actionText));
                case RECOGNITION -> log.recognize(c.id(), new RecognitionDraft(recognized == null ? null : recognized.id(),
                        team, actionText));
                case CONCERN -> log.raiseConcern(c.id(), new ConcernDraft(actionText, ownerId, dueOn));
            }
        } catch (RuntimeException e) {
            errors.show(e, actionFields(conversations.indexOf(c)));
            return;
        }
        errors.notice("visit.action.saved." + actionKind.name());
        cancelAction();
        refresh();
    }

    public void complete() {
        try {
            visits.complete(visit.id(), visit.version());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            return;
        }
        errors.notice("visit.completed");
        refresh();
    }

    public void cancelVisit() throws IOException {
        try {
            visits.cancel(visit.id(), visit.version(), cancelReason);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("cancelReason", "cancel:reason", "reason", "cancel:reason"));
            return;
        }
        errors.info("visit.cancelled");
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/rounding/index.xhtml");
    }

    /** The school's staff whose names contain what was typed (the directory search of the conversation form). */
    public List<StaffRow> completeStaff(String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase();
        return staff.stream().filter(s -> s.fullName().toLowerCase().contains(q)).limit(12).toList();
    }

    /** Maps staff rows to their ids and back for the name search inputs. */
    public Converter<StaffRow> getStaffConverter() {
        List<StaffRow> known = staff;
        return new Converter<>() {
            @Override
            public StaffRow getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                return known.stream().filter(s -> String.valueOf(s.id()).equals(value)).findFirst().orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, StaffRow value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    public boolean isOverdue(FollowUpRow f) {
        return f.overdue(LocalDate.now());
    }

    public VisitDetail getVisit() { return visit; }
    public List<ConversationView> getConversations() { return conversations; }
    public List<RecognitionRow> getRecognitions() { return visitRecognitions; }
    public List<FollowUpRow> getFollowUps() { return visitFollowUps; }

    /** The follow-ups a conversation already produced (shown under it, and in its concern panel). */
    public List<FollowUpRow> followUpsOf(ConversationView c) {
        return visitFollowUps.stream().filter(f -> Long.valueOf(c.id()).equals(f.conversationId())).toList();
    }

    /** Takes back a follow-up raised in error (its author only; the service checks). */
    public void withdraw(FollowUpRow f) {
        try {
            followUps.withdraw(f.id(), f.version());
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            refresh();
            return;
        }
        errors.notice("followUp.withdrawn");
        refresh();
    }
    public VisitSummary getSummary() { return summary; }
    public List<QuestionRow> getQuestions() { return questionList; }
    public List<ThemeRef> getThemeChoices() { return themeChoices; }
    public List<LeaderRef> getOwners() { return owners; }
    public ConversationKind[] getKinds() { return ConversationKind.values(); }
    /** The grade bands of this school's level: a high school has no pre-K. */
    public List<GradeBand> getGradeBands() { return GradeBand.of(visit.schoolLevel()); }
    public Tone[] getTones() { return Tone.values(); }
    public List<RoleGroup> getRoleGroups() {
        return java.util.Arrays.stream(RoleGroup.values()).filter(g -> g != RoleGroup.STUDENTS).toList();
    }
    public boolean isEditingConversation() { return editingConversationId != null; }
    public LocalDate getToday() { return LocalDate.now(); }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ConversationKind getKind() { return kind; }
    public void setKind(ConversationKind kind) { this.kind = kind; }
    public StaffRow getPerson() { return person; }
    public void setPerson(StaffRow person) { this.person = person; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public void setRoleGroup(RoleGroup roleGroup) { this.roleGroup = roleGroup; }
    public GradeBand getGradeBand() { return gradeBand; }
    public void setGradeBand(GradeBand gradeBand) { this.gradeBand = gradeBand; }
    public Map<Long, String> getAnswers() { return answers; }
    public String getOnTheirMind() { return onTheirMind; }
    public void setOnTheirMind(String onTheirMind) { this.onTheirMind = onTheirMind; }
    public boolean isLeadersOnly() { return leadersOnly; }
    public void setLeadersOnly(boolean leadersOnly) { this.leadersOnly = leadersOnly; }
    public ActionKind getActionKind() { return actionKind; }
    public Long getActionConversationId() { return actionConversationId; }
    public String getActionText() { return actionText; }
    public void setActionText(String actionText) { this.actionText = actionText; }
    public List<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds; }
    public Tone getTone() { return tone; }
    public void setTone(Tone tone) { this.tone = tone; }
    public StaffRow getRecognized() { return recognized; }
    public void setRecognized(StaffRow recognized) { this.recognized = recognized; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
}
