package org.roundtable.critical;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.roundtable.observation.ThemeRef;
import org.roundtable.observation.Themes;
import org.roundtable.observation.Tone;
import org.roundtable.platform.Downloads;
import org.roundtable.platform.FormErrors;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;

/**
 * One critical conversation: for its author, preparing it, marking it held, writing it up, recording the staff
 * member's answer, signing it off, then addenda and closing the follow-up; for the superintendent, reading it and
 * placing a legal hold; for the staff member's principal, its day, category and status. {@code ?export=pdf} is the
 * personnel-file PDF, {@code ?export=response} the staff member's response file — under the same checks as the page.
 * Saves keep the form as typed and take the new version from the save (no second read: each read is audited);
 * steps that move the record along reload the page.
 */
@Named("criticalPage")
@ViewScoped
public class CriticalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriticalConversations conversations;

    @Inject
    FormErrors errors;

    @Inject
    Themes themes;

    private String id;
    private String export;
    private CriticalView view;
    private long version;

    private LocalDate heldOn;
    private Category category;
    private Nature nature;
    private String wantForMe;
    private String wantForThem;
    private String wantForUs;
    private String opening;
    private String expectation;
    private List<FactRow> facts = new ArrayList<>();
    private List<Long> earlierIds = new ArrayList<>();
    private String said;
    private String theirView;
    private String expectationRestated;
    private String support;
    private LocalDate followUpOn;
    private List<StepRow> steps = new ArrayList<>();
    private Acknowledgement ackKind;
    private LocalDate ackOn;
    private String witness;
    private String responseText;
    private transient Part responseFile;
    private String addendum;
    private List<Long> themeIds = new ArrayList<>();
    private Tone tone;
    private List<ThemeRef> themeChoices = List.of();
    private String holdReason;

    public void load() {
        if (view != null) {
            return;
        }
        long conversationId;
        try {
            conversationId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("criticalConversation " + id);
        }
        if (export != null) {
            switch (export) {
                case "pdf" -> Downloads.send("conversation-" + conversationId + ".pdf", Downloads.PDF,
                        conversations.exportPdf(conversationId, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
                case "response" -> Downloads.send("response-" + conversationId + ".pdf", Downloads.PDF,
                        conversations.responseFile(conversationId).getContent());
                default -> throw new InvalidRequestException(null, "critical.address.invalid");
            }
            return;
        }
        view = conversations.find(conversationId);
        fill();
    }

    /** The forms start from the record as it is. */
    private void fill() {
        version = view.version();
        heldOn = view.heldOn();
        category = view.category();
        CriticalView.Content c = view.content();
        if (c == null) {
            return;
        }
        nature = c.nature();
        wantForMe = c.wantForMe();
        wantForThem = c.wantForThem();
        wantForUs = c.wantForUs();
        opening = c.opening();
        expectation = c.expectation();
        facts = new ArrayList<>(c.facts().stream().map(f -> new FactRow(f.getSeenOn(), f.getSaw(), f.getStory())).toList());
        if (facts.isEmpty()) {
            facts.add(new FactRow(null, null, null));
        }
        earlierIds = new ArrayList<>(c.linked().stream().map(CriticalRow::id).toList());
        said = c.said();
        theirView = c.theirView();
        expectationRestated = c.expectationRestated() != null ? c.expectationRestated() : c.expectation();
        support = c.support();
        followUpOn = c.followUpOn();
        steps = new ArrayList<>(c.steps().stream().map(s -> new StepRow(s.getText(), s.getOwner(), s.getDueOn())).toList());
        if (steps.isEmpty()) {
            steps.add(new StepRow(null, StepOwner.STAFF_MEMBER, null));
        }
        ackKind = c.acknowledgement();
        ackOn = c.acknowledgedOn() != null ? c.acknowledgedOn() : (view.heldOn().isAfter(LocalDate.now()) ? null : LocalDate.now());
        witness = c.witness();
        responseText = c.responseText();
    }

    /** Answers an address whose parameters did not convert with a 400. */
    public void checkAddress() {
        org.roundtable.platform.Addresses.requireConverted("critical.address.invalid");
    }

    // --- saves that keep the page ------------------------------------------------------------------------------

    public void reschedule() throws IOException {
        try {
            conversations.reschedule(view.id(), version, heldOn, category);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("heldOn", "when:heldOn", "category", "when:category"));
            return;
        }
        reload("critical.rescheduled");
    }

    public void savePreparation() {
        try {
            version = conversations.prepare(view.id(), version, new Preparation(nature, wantForMe, wantForThem, wantForUs,
                    opening, expectation, facts.stream().map(f -> new Preparation.FactDraft(f.getSeenOn(), f.getSaw(), f.getStory())).toList(),
                    new HashSet<>(earlierIds)));
        } catch (RuntimeException e) {
            errors.show(e, Map.of("expectation", "prepare:expectation", "wantForMe", "prepare:wantForMe",
                    "wantForThem", "prepare:wantForThem", "wantForUs", "prepare:wantForUs", "opening", "prepare:opening",
                    "earlierIds", "prepare:nature"));
            return;
        }
        errors.notice("critical.prepared");
    }

    public void addFact() {
        facts.add(new FactRow(null, null, null));
    }

    public void addStep() {
        steps.add(new StepRow(null, StepOwner.STAFF_MEMBER, null));
    }

    public void saveRecord() {
        try {
            version = conversations.write(view.id(), version, new Written(said, theirView, expectationRestated, support,
                    followUpOn, steps.stream().map(s -> new Written.StepDraft(s.getText(), s.getOwner(), s.getDueOn())).toList()));
        } catch (RuntimeException e) {
            errors.show(e, Map.of("said", "record:said", "theirView", "record:theirView",
                    "expectationRestated", "record:expectationRestated", "support", "record:support",
                    "followUpOn", "record:followUpOn"));
            return;
        }
        errors.notice("critical.recordSaved");
    }

    public void saveAcknowledgement() throws IOException {
        boolean wasSignedOff = view.signedOff();
        try {
            version = conversations.acknowledge(view.id(), version, new AcknowledgementDraft(ackKind, ackOn, witness, responseText));
        } catch (RuntimeException e) {
            errors.show(e, Map.of("kind", "ack:kind", "on", "ack:on", "witness", "ack:witness", "responseText", "ack:responseText"));
            return;
        }
        if (wasSignedOff) {
            reload("critical.acknowledged"); // recorded once after sign-off: the page shows it fixed now
        } else {
            errors.notice("critical.acknowledged");
        }
    }

    public void attach() throws IOException {
        if (responseFile == null || responseFile.getSize() == 0) {
            errors.error("upload:file", "critical.response.empty");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        byte[] content;
        try (InputStream in = responseFile.getInputStream()) {
            // one byte more than allowed is enough to say it is too large
            content = in.readNBytes(ResponseFile.MAX_BYTES + 1);
        }
        try {
            conversations.attachResponse(view.id(), version, responseFile.getSubmittedFileName(), content);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("responseFile", "upload:file"));
            return;
        }
        reload("critical.attached");
    }

    // --- steps that move the record along (the page reloads) -------------------------------------------------

    public void markHeld() throws IOException {
        try {
            conversations.markHeld(view.id(), version);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("heldOn", "flow:markHeld"));
            return;
        }
        reload("critical.markedHeld");
    }

    public void signOff() throws IOException {
        try {
            conversations.signOff(view.id(), version);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("said", "flow:signOff"));
            return;
        }
        reload("critical.signedOffNow");
    }

    public void close() throws IOException {
        try {
            conversations.close(view.id(), version);
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            return;
        }
        reload("critical.closedNow");
    }

    public void addAddendum() throws IOException {
        try {
            conversations.addAddendum(view.id(), version, addendum);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("text", "addendum:text"));
            return;
        }
        reload("critical.addendumAdded");
    }

    /** Opens the themes to choose for the observation. */
    public void startObservation() {
        if (themeChoices.isEmpty()) {
            themeChoices = themes.active();
        }
    }

    public void observe() throws IOException {
        try {
            conversations.observe(view.id(), version, new HashSet<>(themeIds), tone);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("themeIds", "observe:themes", "tone", "observe:tone"));
            return;
        }
        reload("critical.observed");
    }

    public void placeHold() throws IOException {
        try {
            conversations.placeHold(view.id(), version, holdReason);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("reason", "hold:reason"));
            return;
        }
        reload("critical.held.placed");
    }

    public void releaseHold() throws IOException {
        try {
            conversations.releaseHold(view.id(), version);
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            return;
        }
        reload("critical.held.released");
    }

    public void delete() throws IOException {
        try {
            conversations.delete(view.id(), version);
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            return;
        }
        errors.info("critical.deleted");
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/critical/index.xhtml");
    }

    private void reload(String key) throws IOException {
        errors.info(key);
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/critical/conversation.xhtml?id=" + view.id());
    }

    // --- what the page asks ------------------------------------------------------------------------------------

    /** The author may still change the record's text. */
    public boolean isEditable() {
        return view.hasContent() && view.content().mine() && !view.signedOff() && !view.redacted();
    }

    public boolean isPlanned() {
        return view.status() == Status.PLANNED;
    }

    public LocalDate getToday() { return LocalDate.now(); }
    public CriticalView getView() { return view; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getExport() { return export; }
    public void setExport(String export) { this.export = export; }
    public Category[] getCategories() { return Category.values(); }
    public Nature[] getNatures() { return Nature.values(); }
    public StepOwner[] getOwners() { return StepOwner.values(); }
    public Acknowledgement[] getAcknowledgements() { return Acknowledgement.values(); }
    public Tone[] getTones() { return Tone.values(); }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public Nature getNature() { return nature; }
    public void setNature(Nature nature) { this.nature = nature; }
    public String getWantForMe() { return wantForMe; }
    public void setWantForMe(String v) { this.wantForMe = v; }
    public String getWantForThem() { return wantForThem; }
    public void setWantForThem(String v) { this.wantForThem = v; }
    public String getWantForUs() { return wantForUs; }
    public void setWantForUs(String v) { this.wantForUs = v; }
    public String getOpening() { return opening; }
    public void setOpening(String v) { this.opening = v; }
    public String getExpectation() { return expectation; }
    public void setExpectation(String v) { this.expectation = v; }
    public List<FactRow> getFacts() { return facts; }
    public List<Long> getEarlierIds() { return earlierIds; }
    public void setEarlierIds(List<Long> earlierIds) { this.earlierIds = earlierIds; }
    public String getSaid() { return said; }
    public void setSaid(String v) { this.said = v; }
    public String getTheirView() { return theirView; }
    public void setTheirView(String v) { this.theirView = v; }
    public String getExpectationRestated() { return expectationRestated; }
    public void setExpectationRestated(String v) { this.expectationRestated = v; }
    public String getSupport() { return support; }
    public void setSupport(String v) { this.support = v; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate v) { this.followUpOn = v; }
    public List<StepRow> getSteps() { return steps; }
    public Acknowledgement getAckKind() { return ackKind; }
    public void setAckKind(Acknowledgement v) { this.ackKind = v; }
    public LocalDate getAckOn() { return ackOn; }
    public void setAckOn(LocalDate v) { this.ackOn = v; }
    public String getWitness() { return witness; }
    public void setWitness(String v) { this.witness = v; }
    public String getResponseText() { return responseText; }
    public void setResponseText(String v) { this.responseText = v; }
    public Part getResponseFile() { return responseFile; }
    public void setResponseFile(Part p) { this.responseFile = p; }
    public String getAddendum() { return addendum; }
    public void setAddendum(String v) { this.addendum = v; }
    public List<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(List<Long> v) { this.themeIds = v; }
    public Tone getTone() { return tone; }
    public void setTone(Tone v) { this.tone = v; }
    public List<ThemeRef> getThemeChoices() { return themeChoices; }
    public String getHoldReason() { return holdReason; }
    public void setHoldReason(String v) { this.holdReason = v; }

    /** A fact as the form edits it. */
    public static class FactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate seenOn;
        private String saw;
        private String story;

        public FactRow(LocalDate seenOn, String saw, String story) {
            this.seenOn = seenOn;
            this.saw = saw;
            this.story = story;
        }

        public LocalDate getSeenOn() { return seenOn; }
        public void setSeenOn(LocalDate v) { this.seenOn = v; }
        public String getSaw() { return saw; }
        public void setSaw(String v) { this.saw = v; }
        public String getStory() { return story; }
        public void setStory(String v) { this.story = v; }
    }

    /** A next step as the form edits it. */
    public static class StepRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private StepOwner owner;
        private LocalDate dueOn;

        public StepRow(String text, StepOwner owner, LocalDate dueOn) {
            this.text = text;
            this.owner = owner;
            this.dueOn = dueOn;
        }

        public String getText() { return text; }
        public void setText(String v) { this.text = v; }
        public StepOwner getOwner() { return owner; }
        public void setOwner(StepOwner v) { this.owner = v; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate v) { this.dueOn = v; }
    }
}
