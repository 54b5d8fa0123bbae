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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.roundtable.people.School;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/**
 * A leader's visit to a school: planned ahead or started as a walk-in, then completed (or cancelled with a
 * reason). The rules of what may change when live here, so every caller gets them.
 */
@Entity
@Table(name = "visit")
public class Visit {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 480;
    public static final int MAX_FOCUS = 300;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Min(MIN_MINUTES)
    @Max(MAX_MINUTES)
    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Size(max = MAX_FOCUS)
    @Column(length = MAX_FOCUS)
    private String focus;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitStatus status = VisitStatus.PLANNED;

    @Column(name = "walk_in", nullable = false, updatable = false)
    private boolean walkIn;

    @Size(max = MAX_REASON)
    @Column(name = "cancel_reason", length = MAX_REASON)
    private String cancelReason;

    @NotEmpty
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "visit_leader",
            joinColumns = @JoinColumn(name = "visit_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> leaders = new HashSet<>();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "planned_by", nullable = false, updatable = false)
    private UserAccount plannedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Visit() {
    }

    private Visit(School school, LocalDateTime startsAt, int durationMinutes, String focus, Set<UserAccount> leaders,
            UserAccount plannedBy, boolean walkIn) {
        this.plannedBy = Objects.requireNonNull(plannedBy, "plannedBy");
        this.walkIn = walkIn;
        change(school, startsAt, durationMinutes, focus, leaders);
    }

    /**
     * A visit planned ahead. Planning one that starts in the past is refused: a visit that already happened is
     * logged as a walk-in.
     */
    public static Visit plan(School school, LocalDateTime startsAt, int durationMinutes, String focus,
            Set<UserAccount> leaders, UserAccount plannedBy, LocalDateTime now) {
        requireFuture(startsAt, now);
        return new Visit(school, startsAt, durationMinutes, focus, leaders, plannedBy, false);
    }

    /** A visit that starts now, unplanned: the leader is in the building and starts logging. */
    public static Visit walkIn(School school, UserAccount leader, LocalDateTime now) {
        return new Visit(school, now.withSecond(0).withNano(0), 60, null, Set.of(leader), leader, true);
    }

    /** Changes a planned visit (the planning form). */
    public void replan(School school, LocalDateTime startsAt, int durationMinutes, String focus,
            Set<UserAccount> leaders, LocalDateTime now) {
        requirePlanned();
        if (!startsAt.equals(this.startsAt)) {
            requireFuture(startsAt, now);
        }
        change(school, startsAt, durationMinutes, focus, leaders);
    }

    /** Moves a planned visit (dragged on the calendar); it keeps its length. */
    public void reschedule(LocalDateTime startsAt, LocalDateTime now) {
        requirePlanned();
        requireFuture(startsAt, now);
        this.startsAt = startsAt;
    }

    public void cancel(String reason) {
        requirePlanned();
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("cancelReason", "visit.cancel.reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidRequestException("cancelReason", "visit.cancel.reason.size");
        }
        this.cancelReason = reason.strip();
        this.status = VisitStatus.CANCELLED;
    }

    /** Marks the visit done; from the day of the visit on (a leader may arrive early and finish early). */
    public void complete(LocalDateTime now, Instant at) {
        requirePlanned();
        if (startsAt.toLocalDate().isAfter(now.toLocalDate())) {
            throw new InvalidRequestException(null, "visit.complete.future");
        }
        this.status = VisitStatus.COMPLETED;
        this.completedAt = at;
    }

    /** Conversations are logged once the visit has started and until it is cancelled. */
    public boolean acceptsConversations(LocalDateTime now) {
        return status != VisitStatus.CANCELLED && !startsAt.toLocalDate().isAfter(now.toLocalDate());
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    private void change(School school, LocalDateTime startsAt, int durationMinutes, String focus, Set<UserAccount> leaders) {
        if (leaders == null || leaders.isEmpty()) {
            throw new InvalidRequestException("leaderIds", "visit.leaders.required");
        }
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new InvalidRequestException("durationMinutes", "visit.duration.range");
        }
        this.school = Objects.requireNonNull(school, "school");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt").withSecond(0).withNano(0);
        this.durationMinutes = durationMinutes;
        this.focus = focus == null || focus.isBlank() ? null : focus.strip();
        this.leaders = new HashSet<>(leaders);
    }

    private void requirePlanned() {
        if (status != VisitStatus.PLANNED) {
            throw new InvalidRequestException(null, "visit.notPlanned");
        }
    }

    private static void requireFuture(LocalDateTime startsAt, LocalDateTime now) {
        if (startsAt == null) {
            throw new InvalidRequestException("startsAt", "visit.start.required");
        }
        if (startsAt.isBefore(now.withSecond(0).withNano(0))) {
            throw new InvalidRequestException("startsAt", "visit.start.past");
        }
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public School getSchool() { return school; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getFocus() { return focus; }
    public VisitStatus getStatus() { return status; }
    public boolean isWalkIn() { return walkIn; }
    public String getCancelReason() { return cancelReason; }
    public Set<UserAccount> getLeaders() { return Set.copyOf(leaders); }
    public UserAccount getPlannedBy() { return plannedBy; }
    public Instant getCompletedAt() { return completedAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Visit other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return Visit.class.hashCode();
    }
}
