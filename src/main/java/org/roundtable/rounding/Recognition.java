package org.roundtable.rounding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.roundtable.people.School;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/**
 * An achievement of a person or a team worth celebrating, and whether the thank-you note went out. A
 * recognition not acknowledged within {@value #ACKNOWLEDGE_WITHIN_DAYS} days is waiting too long.
 */
@Entity
@Table(name = "recognition")
public class Recognition {

    public static final int ACKNOWLEDGE_WITHIN_DAYS = 3;
    public static final int MAX_REASON = 1000;
    public static final int MAX_TEAM = 120;

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_member_id", updatable = false)
    private StaffMember staffMember;

    @Size(max = MAX_TEAM)
    @Column(length = MAX_TEAM, updatable = false)
    private String team;

    @NotNull
    @Size(max = MAX_REASON)
    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @NotNull
    @Column(name = "recognized_on", nullable = false, updatable = false)
    private LocalDate recognizedOn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recognized_by", nullable = false, updatable = false)
    private UserAccount recognizedBy;

    @Column(name = "leaders_only", nullable = false)
    private boolean leadersOnly;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledged_by")
    private UserAccount acknowledgedBy;

    @Version
    private long version;

    protected Recognition() {
    }

    /** A recognition heard in a conversation (or given on its own when conversation is null). */
    public Recognition(School school, Visit visit, Conversation conversation, StaffMember staffMember, String team,
            String reason, LocalDate recognizedOn, UserAccount recognizedBy, boolean leadersOnly) {
        String teamName = team == null || team.isBlank() ? null : team.strip();
        if ((staffMember == null) == (teamName == null)) {
            throw new InvalidRequestException("staffMemberId", "recognition.who");
        }
        if (staffMember != null && !staffMember.getSchool().getId().equals(school.getId())) {
            throw new InvalidRequestException("staffMemberId", "recognition.otherSchool");
        }
        if (teamName != null && teamName.length() > MAX_TEAM) {
            throw new InvalidRequestException("team", "recognition.team.size");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "recognition.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "recognition.reason.size");
        }
        this.school = Objects.requireNonNull(school, "school");
        this.visit = visit;
        this.conversation = conversation;
        this.staffMember = staffMember;
        this.team = teamName;
        this.reason = reason.strip();
        this.recognizedOn = Objects.requireNonNull(recognizedOn, "recognizedOn");
        this.recognizedBy = Objects.requireNonNull(recognizedBy, "recognizedBy");
        this.leadersOnly = leadersOnly;
    }

    /** Records that the thank-you note was sent. */
    public void acknowledge(UserAccount by, Instant at) {
        if (acknowledgedAt != null) {
            throw new InvalidRequestException(null, "recognition.alreadyAcknowledged");
        }
        this.acknowledgedBy = Objects.requireNonNull(by, "by");
        this.acknowledgedAt = Objects.requireNonNull(at, "at");
    }

    /** Not acknowledged and older than the three days a thank-you should take. */
    public static boolean isWaitingTooLong(LocalDate recognizedOn, boolean acknowledged, LocalDate today) {
        return !acknowledged && recognizedOn.plusDays(ACKNOWLEDGE_WITHIN_DAYS).isBefore(today);
    }

    public Long getId() { return id; }
    public School getSchool() { return school; }
    public Visit getVisit() { return visit; }
    public StaffMember getStaffMember() { return staffMember; }
    public String getTeam() { return team; }
    public String getReason() { return reason; }
    public LocalDate getRecognizedOn() { return recognizedOn; }
    public UserAccount getRecognizedBy() { return recognizedBy; }
    public boolean isLeadersOnly() { return leadersOnly; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public UserAccount getAcknowledgedBy() { return acknowledgedBy; }
    public long getVersion() { return version; }
}
