package org.roundtable.critical;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.roundtable.account.UserAccount;
import org.roundtable.people.School;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.Confidentiality;
import org.roundtable.platform.InvalidRequestException;

/**
 * A critical conversation with a staff member: its preparation, the record of what was said and agreed, the staff
 * member's acknowledgement, and its follow-through. A confidential record ({@link Confidentiality}): once signed off
 * its text never changes (dated addenda follow) and there is no unlock; deleting hides it and keeps it. Closed, it
 * keeps its content until its removal day, when the retention timer redacts it, unless the superintendent holds it.
 *
 * <p>The flow: planned (prepare) → held (write it up, record the acknowledgement) → signed off, which makes it
 * follow-up (a follow-up day ahead) or closed → closed when the follow-up is done.
 */
@Entity
@Table(name = "critical_conversation")
public class CriticalConversation {

    public static final int MAX_WANT = 1000;
    public static final int MAX_OPENING = 2000;
    public static final int MAX_EXPECTATION = 300;
    public static final int MAX_SAID = 8000;
    public static final int MAX_RESTATED = 1000;
    public static final int MAX_SUPPORT = 2000;
    public static final int MAX_WITNESS = 120;
    public static final int MAX_RESPONSE = 8000;
    public static final int MAX_HOLD_REASON = 500;
    public static final int MAX_FACTS = 20;
    public static final int MAX_STEPS = 20;
    /** How far ahead a conversation can be planned, and how far back one can be recorded. */
    static final int YEARS_AHEAD = 1;
    static final int YEARS_BACK = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
    private StaffMember staffMember;

    /** The staff member's school when the conversation was planned: whose principal sees that it happened. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Nature nature;

    @Column(name = "want_for_me", length = MAX_WANT)
    private String wantForMe;

    @Column(name = "want_for_them", length = MAX_WANT)
    private String wantForThem;

    @Column(name = "want_for_us", length = MAX_WANT)
    private String wantForUs;

    @Column(name = "opening", length = MAX_OPENING)
    private String opening;

    @Column(name = "expectation", length = MAX_EXPECTATION)
    private String expectation;

    /** The expectation, normalised: conversations about the same expectation share it (see {@link Patterns}). */
    @Column(name = "expectation_key", length = MAX_EXPECTATION)
    private String expectationKey;

    @ElementCollection
    @CollectionTable(name = "critical_fact", joinColumns = @JoinColumn(name = "conversation_id"))
    @OrderColumn(name = "position")
    private List<Fact> facts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "critical_link", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "earlier_id", nullable = false)
    private Set<Long> earlierIds = new HashSet<>();

    @Column(name = "said", length = MAX_SAID)
    private String said;

    @Column(name = "their_view", length = MAX_SAID)
    private String theirView;

    @Column(name = "expectation_restated", length = MAX_RESTATED)
    private String expectationRestated;

    @Column(name = "support", length = MAX_SUPPORT)
    private String support;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @ElementCollection
    @CollectionTable(name = "critical_step", joinColumns = @JoinColumn(name = "conversation_id"))
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "ack_kind", length = 20)
    private Acknowledgement acknowledgement;

    @Column(name = "ack_on")
    private LocalDate acknowledgedOn;

    @Column(name = "ack_witness", length = MAX_WITNESS)
    private String witness;

    @Column(name = "response_text", length = MAX_RESPONSE)
    private String responseText;

    @Column(name = "observation_id")
    private Long observationId;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "remove_on")
    private LocalDate removeOn;

    @Column(name = "hold_reason", length = MAX_HOLD_REASON)
    private String holdReason;

    @Column(name = "hold_by")
    private Long holdBy;

    @Column(name = "hold_at")
    private Instant holdAt;

    @Column(name = "redacted_on")
    private LocalDate redactedOn;

    /** The follow-up day the author was last reminded of (a moved day is reminded again). */
    @Column(name = "reminded_for")
    private LocalDate remindedFor;

    @Embedded
    private Confidentiality confidentiality = new Confidentiality();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CriticalConversation() {
    }

    /** Plans a conversation with a staff member at their school, on a day within a year ahead (or ten years back). */
    public CriticalConversation(StaffMember staffMember, UserAccount author, LocalDate heldOn, Category category,
            LocalDate today) {
        this.staffMember = Objects.requireNonNull(staffMember, "staffMember");
        this.school = Objects.requireNonNull(staffMember.getSchool(), "school");
        this.author = Objects.requireNonNull(author, "author");
        schedule(heldOn, category, today);
    }

    // --- planned: preparing ---------------------------------------------------------------------------------

    /** Moves the day or changes the category, until the record is signed off. */
    public void reschedule(LocalDate heldOn, Category category, LocalDate today) {
        confidentiality().requireEditable();
        checkSchedule(heldOn, category, today);
        if (status != Status.PLANNED && heldOn.isAfter(today)) {
            throw new InvalidRequestException("heldOn", "critical.held.future");
        }
        for (Fact f : facts) {
            if (f.getSeenOn() != null && f.getSeenOn().isAfter(heldOn)) {
                throw new InvalidRequestException("heldOn", "critical.heldOn.beforeFacts");
            }
        }
        if ((followUpOn != null && followUpOn.isBefore(heldOn)) || steps.stream().anyMatch(s -> s.getDueOn().isBefore(heldOn))) {
            throw new InvalidRequestException("heldOn", "critical.heldOn.afterFollowUp");
        }
        if (acknowledgedOn != null && acknowledgedOn.isBefore(heldOn)) {
            throw new InvalidRequestException("heldOn", "critical.heldOn.afterAcknowledgement");
        }
        schedule(heldOn, category, today);
    }

    private void schedule(LocalDate heldOn, Category category, LocalDate today) {
        checkSchedule(heldOn, category, today);
        this.heldOn = heldOn;
        this.category = category;
    }

    private static void checkSchedule(LocalDate heldOn, Category category, LocalDate today) {
        if (heldOn == null) {
            throw new InvalidRequestException("heldOn", "critical.heldOn.required");
        }
        if (heldOn.isAfter(today.plusYears(YEARS_AHEAD)) || heldOn.isBefore(today.minusYears(YEARS_BACK))) {
            throw new InvalidRequestException("heldOn", "critical.heldOn.range");
        }
        if (category == null) {
            throw new InvalidRequestException("category", "critical.category.required");
        }
    }

    /**
     * Writes the preparation (until sign-off). The earlier conversations must have been checked by the caller: the
     * same staff member's, held before this one, readable by its author.
     */
    public void prepare(Preparation p) {
        confidentiality().requireEditable();
        String exp = text(p.expectation(), MAX_EXPECTATION, "expectation");
        if (p.nature() == Nature.PATTERN && p.earlierIds().isEmpty()) {
            throw new InvalidRequestException("earlierIds", "critical.pattern.linkEarlier");
        }
        List<Fact> typed = new ArrayList<>();
        for (Preparation.FactDraft f : p.facts()) {
            if (!f.isBlank()) {
                typed.add(new Fact(f.seenOn(), f.saw(), f.story(), heldOn));
            }
        }
        if (typed.size() > MAX_FACTS) {
            throw new InvalidRequestException("facts", "critical.facts.tooMany");
        }
        if (id != null && p.earlierIds().contains(id)) {
            throw new InvalidRequestException("earlierIds", "critical.pattern.self");
        }
        // every field is checked before any changes: a refusal leaves the record as it was
        String me = text(p.wantForMe(), MAX_WANT, "wantForMe");
        String them = text(p.wantForThem(), MAX_WANT, "wantForThem");
        String us = text(p.wantForUs(), MAX_WANT, "wantForUs");
        String open = text(p.opening(), MAX_OPENING, "opening");
        this.nature = p.nature();
        this.wantForMe = me;
        this.wantForThem = them;
        this.wantForUs = us;
        this.opening = open;
        this.expectation = exp;
        this.expectationKey = Patterns.key(exp);
        this.facts.clear();
        this.facts.addAll(typed);
        this.earlierIds.clear();
        this.earlierIds.addAll(p.earlierIds());
    }

    /** The conversation took place: from now on it is written up. Not before its day. */
    public void markHeld(LocalDate today) {
        confidentiality().requireEditable();
        if (status != Status.PLANNED) {
            throw new InvalidRequestException(null, "critical.held.already");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidRequestException("heldOn", "critical.held.future");
        }
        status = Status.HELD;
    }

    // --- held: the record of the conversation ---------------------------------------------------------------

    /** Writes the record of what was said and agreed (held, until sign-off). */
    public void write(Written w) {
        confidentiality().requireEditable();
        requireHeld();
        if (w.followUpOn() != null && w.followUpOn().isBefore(heldOn)) {
            throw new InvalidRequestException("followUpOn", "critical.followUp.beforeConversation");
        }
        if (w.followUpOn() != null && w.followUpOn().isAfter(heldOn.plusYears(2))) {
            throw new InvalidRequestException("followUpOn", "critical.followUp.tooFar");
        }
        List<Step> typed = new ArrayList<>();
        for (Written.StepDraft s : w.steps()) {
            if (!s.isBlank()) {
                typed.add(new Step(s.text(), s.owner(), s.dueOn(), heldOn));
            }
        }
        if (typed.size() > MAX_STEPS) {
            throw new InvalidRequestException("steps", "critical.steps.tooMany");
        }
        String saidText = text(w.said(), MAX_SAID, "said");
        String view = text(w.theirView(), MAX_SAID, "theirView");
        String restated = text(w.expectationRestated(), MAX_RESTATED, "expectationRestated");
        String offered = text(w.support(), MAX_SUPPORT, "support");
        this.said = saidText;
        this.theirView = view;
        this.expectationRestated = restated;
        this.support = offered;
        this.followUpOn = w.followUpOn();
        this.steps.clear();
        this.steps.addAll(typed);
    }

    /**
     * Records the staff member's acknowledgement: while the record is open (and again, until sign-off), or once
     * after sign-off when none was recorded — it is their answer to the signed record, and then fixed as well.
     */
    public void acknowledge(AcknowledgementDraft a, LocalDate today) {
        requireAnswerable();
        if (a.kind() == null) {
            throw new InvalidRequestException("kind", "critical.ack.kind");
        }
        if (a.on() == null) {
            throw new InvalidRequestException("on", "critical.ack.on");
        }
        if (a.on().isBefore(heldOn)) {
            throw new InvalidRequestException("on", "critical.ack.beforeConversation");
        }
        if (a.on().isAfter(today)) {
            throw new InvalidRequestException("on", "critical.ack.future");
        }
        String who = text(a.witness(), MAX_WITNESS, "witness");
        if (a.kind() == Acknowledgement.DECLINED && who == null) {
            throw new InvalidRequestException("witness", "critical.ack.witness");
        }
        String response = text(a.responseText(), MAX_RESPONSE, "responseText");
        this.acknowledgement = a.kind();
        this.acknowledgedOn = a.on();
        this.witness = a.kind() == Acknowledgement.DECLINED ? who : null;
        this.responseText = response;
    }

    /** Whether the staff member's answer (acknowledgement, response file) may be recorded or replaced now. */
    public boolean isAnswerable() {
        return !isDeleted() && !isRedacted() && status != Status.PLANNED && (!isSignedOff() || acknowledgement == null);
    }

    /** Refuses recording the staff member's answer when {@link #isAnswerable()} says no, in words for the page. */
    public void requireAnswerable() {
        if (isSignedOff() && acknowledgement != null) {
            throw new InvalidRequestException(null, "record.locked");
        }
        confidentialityAllowsAnswer();
        requireHeld();
    }

    private void confidentialityAllowsAnswer() {
        if (isDeleted()) {
            throw new InvalidRequestException(null, "record.deleted");
        }
        if (isRedacted()) {
            throw new InvalidRequestException(null, "critical.redacted");
        }
    }

    private void requireHeld() {
        if (status == Status.PLANNED) {
            throw new InvalidRequestException(null, "critical.notHeld");
        }
    }

    // --- sign-off and follow-through ------------------------------------------------------------------------

    /**
     * Signs the record off: read-only for good. It then waits for its follow-up, or closes at once when it has no
     * follow-up day; an empty record (nothing written of what was said) cannot be signed off.
     */
    public void signOff(long by, Instant at, LocalDate today, Retention retention) {
        confidentiality().requireEditable();
        requireHeld();
        if (said == null || said.isBlank()) {
            throw new InvalidRequestException("said", "critical.signOff.empty");
        }
        confidentiality().signOff(by, at);
        if (followUpOn != null) {
            status = Status.FOLLOW_UP;
        } else {
            closeOn(today, retention);
        }
    }

    /** The follow-up took place (what happened goes into an addendum): the record closes and its retention starts. */
    public void close(LocalDate today, Retention retention) {
        if (isDeleted()) {
            throw new InvalidRequestException(null, "record.deleted");
        }
        if (status != Status.FOLLOW_UP) {
            throw new InvalidRequestException(null, "critical.close.notFollowUp");
        }
        closeOn(today, retention);
    }

    private void closeOn(LocalDate today, Retention retention) {
        status = Status.CLOSED;
        closedOn = today;
        removeOn = retention.removalDate(today);
    }

    /** Links the observation this conversation added to the trends (once). */
    public void observed(long observationId) {
        if (this.observationId != null) {
            throw new InvalidRequestException(null, "critical.observed.already");
        }
        confidentialityAllowsAnswer();
        requireHeld();
        this.observationId = observationId;
    }

    // --- retention ------------------------------------------------------------------------------------------

    /** The superintendent's legal hold: the content is kept past its removal day until the hold is released. */
    public void placeHold(String reason, long by, Instant at) {
        confidentialityAllowsAnswer();
        String why = text(reason, MAX_HOLD_REASON, "reason");
        if (why == null) {
            throw new InvalidRequestException("reason", "critical.hold.reason");
        }
        holdReason = why;
        holdBy = by;
        holdAt = Objects.requireNonNull(at);
    }

    public void releaseHold() {
        if (holdReason == null) {
            throw new InvalidRequestException(null, "critical.hold.none");
        }
        holdReason = null;
        holdBy = null;
        holdAt = null;
    }

    /** Whether the retention policy removes the content on {@code today}. */
    public boolean isRemovalDue(LocalDate today) {
        return Retention.isDue(removeOn, holdReason != null, isRedacted(), today);
    }

    /**
     * Removes the content under the retention policy: what stays is the day, the staff member, the category, the
     * status and the day it was removed. The caller removes the addenda and the response file with it.
     */
    public void redact(LocalDate today) {
        if (!isRemovalDue(today)) {
            throw new IllegalStateException("Conversation " + id + " is not due for removal on " + today);
        }
        nature = null;
        wantForMe = null;
        wantForThem = null;
        wantForUs = null;
        opening = null;
        expectation = null;
        expectationKey = null;
        facts.clear();
        earlierIds.clear();
        said = null;
        theirView = null;
        expectationRestated = null;
        support = null;
        steps.clear();
        witness = null;
        responseText = null;
        redactedOn = today;
    }

    /** Soft delete by its author: hidden from every page, kept in the database with who and when. */
    public void delete(long by, Instant at) {
        confidentiality().delete(by, at);
    }

    /** Claims the follow-up reminder for the current follow-up day; false when it was sent already. */
    public boolean claimReminder() {
        if (followUpOn == null || followUpOn.equals(remindedFor)) {
            return false;
        }
        remindedFor = followUpOn;
        return true;
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidRequestException(field, "critical.text.size");
        }
        return v;
    }

    @PrePersist
    void touch() {
        updatedAt = Instant.now();
    }

    /**
     * Marks the record changed at {@code at}: also when only what hangs off it changed (an addendum, the response
     * file), so its version moves and a page opened before sees the change.
     */
    public void touched(Instant at) {
        updatedAt = Objects.requireNonNull(at);
    }

    /** Hibernate loads an embeddable whose columns are all null as null: an untouched block, then. */
    private Confidentiality confidentiality() {
        if (confidentiality == null) {
            confidentiality = new Confidentiality();
        }
        return confidentiality;
    }

    public Long getId() { return id; }
    public StaffMember getStaffMember() { return staffMember; }
    public School getSchool() { return school; }
    public UserAccount getAuthor() { return author; }
    public LocalDate getHeldOn() { return heldOn; }
    public Category getCategory() { return category; }
    public Status getStatus() { return status; }
    public Nature getNature() { return nature; }
    public String getWantForMe() { return wantForMe; }
    public String getWantForThem() { return wantForThem; }
    public String getWantForUs() { return wantForUs; }
    public String getOpening() { return opening; }
    public String getExpectation() { return expectation; }
    public String getExpectationKey() { return expectationKey; }
    public List<Fact> getFacts() { return List.copyOf(facts); }
    public Set<Long> getEarlierIds() { return Set.copyOf(earlierIds); }
    public String getSaid() { return said; }
    public String getTheirView() { return theirView; }
    public String getExpectationRestated() { return expectationRestated; }
    public String getSupport() { return support; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public List<Step> getSteps() { return List.copyOf(steps); }
    public Acknowledgement getAcknowledgement() { return acknowledgement; }
    public LocalDate getAcknowledgedOn() { return acknowledgedOn; }
    public String getWitness() { return witness; }
    public String getResponseText() { return responseText; }
    public Long getObservationId() { return observationId; }
    public LocalDate getClosedOn() { return closedOn; }
    public LocalDate getRemoveOn() { return removeOn; }
    public String getHoldReason() { return holdReason; }
    public Long getHoldBy() { return holdBy; }
    public Instant getHoldAt() { return holdAt; }
    public LocalDate getRedactedOn() { return redactedOn; }
    public boolean isRedacted() { return redactedOn != null; }
    public Confidentiality getConfidentiality() { return confidentiality(); }
    public boolean isSignedOff() { return confidentiality().isSignedOff(); }
    public Instant getSignedOffAt() { return confidentiality().getSignedOffAt(); }
    public boolean isDeleted() { return confidentiality().isDeleted(); }
    public boolean isOnHold() { return holdReason != null; }
    public long getVersion() { return version; }
}
