package org.roundtable.rounding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.roundtable.people.School;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/**
 * A concern someone raised that needs action: an owner, a due date, progress, and what was done when it closes
 * ("you said, we did").
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public static final int MAX_CONCERN = 1000;
    public static final int MAX_RESOLUTION = 2000;
    /** A due date further out than this is almost always a typo. */
    public static final int MAX_DUE_DAYS = 366;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id", updatable = false)
    private Visit visit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", updatable = false)
    private Conversation conversation;

    @NotNull
    @Size(max = MAX_CONCERN)
    @Column(nullable = false, length = MAX_CONCERN)
    private String concern;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @NotNull
    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @NotNull
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Size(max = MAX_RESOLUTION)
    @Column(length = MAX_RESOLUTION)
    private String resolution;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "leaders_only", nullable = false)
    private boolean leadersOnly;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "withdrawn_by")
    private UserAccount withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** The emerging problem (a trends signal) it was opened from, if any. */
    @Column(name = "signal_id", updatable = false)
    private Long signalId;

    @Version
    private long version;

    protected FollowUp() {
    }

    public FollowUp(School school, Visit visit, Conversation conversation, String concern, UserAccount owner,
            LocalDate raisedOn, LocalDate dueOn, UserAccount createdBy, boolean leadersOnly) {
        if (concern == null || concern.isBlank()) {
            throw new InvalidRequestException("concern", "followUp.concern.required");
        }
        if (concern.strip().length() > MAX_CONCERN) {
            throw new InvalidRequestException("concern", "followUp.concern.size");
        }
        this.school = Objects.requireNonNull(school, "school");
        this.visit = visit;
        this.conversation = conversation;
        this.concern = concern.strip();
        this.raisedOn = Objects.requireNonNull(raisedOn, "raisedOn");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.leadersOnly = leadersOnly;
        assign(owner, dueOn);
    }

    /** Gives the follow-up an owner and a due date, which may not be before the day it was raised. */
    public final void assign(UserAccount owner, LocalDate dueOn) {
        if (owner == null) {
            throw new InvalidRequestException("ownerId", "followUp.owner.required");
        }
        if (dueOn == null) {
            throw new InvalidRequestException("dueOn", "followUp.due.required");
        }
        if (dueOn.isBefore(raisedOn)) {
            throw new InvalidRequestException("dueOn", "followUp.due.beforeRaised");
        }
        if (dueOn.isAfter(raisedOn.plusDays(MAX_DUE_DAYS))) {
            throw new InvalidRequestException("dueOn", "followUp.due.tooFar");
        }
        this.owner = owner;
        this.dueOn = dueOn;
    }

    /** Marks work started (or back to open); a resolved follow-up is closed. */
    public void progress(FollowUpStatus next) {
        if (next == null || next == FollowUpStatus.RESOLVED) {
            throw new InvalidRequestException("status", "followUp.status.resolveWithText");
        }
        if (next == FollowUpStatus.WITHDRAWN) {
            throw new InvalidRequestException("status", "followUp.withdraw.own");
        }
        if (!status.isOpen()) {
            throw new InvalidRequestException("status", "followUp.closed");
        }
        this.status = next;
    }

    /** Takes back a follow-up raised in error; the caller checked it is the leader who raised it. */
    public void withdraw(UserAccount by, Instant at) {
        if (!status.isOpen()) {
            throw new InvalidRequestException(null, "followUp.closed");
        }
        this.status = FollowUpStatus.WITHDRAWN;
        this.withdrawnBy = Objects.requireNonNull(by, "by");
        this.withdrawnAt = Objects.requireNonNull(at, "at");
    }

    /** Closes the follow-up with what was done. */
    public void resolve(String whatWasDone, LocalDate on) {
        if (!status.isOpen()) {
            throw new InvalidRequestException("resolution", "followUp.closed");
        }
        if (whatWasDone == null || whatWasDone.isBlank()) {
            throw new InvalidRequestException("resolution", "followUp.resolution.required");
        }
        if (whatWasDone.strip().length() > MAX_RESOLUTION) {
            throw new InvalidRequestException("resolution", "followUp.resolution.size");
        }
        this.resolution = whatWasDone.strip();
        this.resolvedOn = Objects.requireNonNull(on, "on");
        this.status = FollowUpStatus.RESOLVED;
    }

    /** Open past its due date. */
    public static boolean isOverdue(FollowUpStatus status, LocalDate dueOn, LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    /** Links the follow-up to the signal it was opened from (when it is created). */
    public void openedFromSignal(long signalId) {
        if (this.signalId != null || id != null) {
            throw new IllegalStateException("A follow-up is linked to its signal when it is opened");
        }
        this.signalId = signalId;
    }

    public Long getSignalId() { return signalId; }
    public Long getId() { return id; }
    public School getSchool() { return school; }
    public Visit getVisit() { return visit; }
    public String getConcern() { return concern; }
    public UserAccount getOwner() { return owner; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public FollowUpStatus getStatus() { return status; }
    public String getResolution() { return resolution; }
    public LocalDate getResolvedOn() { return resolvedOn; }
    public boolean isLeadersOnly() { return leadersOnly; }
    public UserAccount getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
