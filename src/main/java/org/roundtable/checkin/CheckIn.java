package org.roundtable.checkin;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.roundtable.checkin.Attendance.Status;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/**
 * One occurrence of a series: its slot (the biweekly day it belongs to), when it actually starts (moved ones
 * differ), whether it was held or skipped, the leader at the time, and the shared notes both sides see.
 */
@Entity
@Table(name = "check_in")
public class CheckIn {

    public static final int MAX_NOTES = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id", nullable = false, updatable = false)
    private CheckInSeries series;

    @NotNull
    @Column(name = "slot_on", nullable = false, updatable = false)
    private LocalDate slotOn;

    @NotNull
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.SCHEDULED;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id", nullable = false)
    private UserAccount leader;

    @Size(max = MAX_NOTES)
    @Column(name = "shared_notes", length = MAX_NOTES)
    private String sharedNotes;

    @Column(name = "held_at")
    private Instant heldAt;

    @Version
    private long version;

    protected CheckIn() {
    }

    /** The occurrence of a series on one of its slots, at the series' time, led by its current leader. */
    public CheckIn(CheckInSeries series, LocalDate slot) {
        if (!Biweekly.isSlot(series.getFirstOn(), slot)) {
            throw new IllegalArgumentException(slot + " is not a slot of the series");
        }
        this.series = series;
        this.slotOn = slot;
        this.startsAt = slot.atTime(series.getTimeOfDay());
        this.durationMinutes = series.getDurationMinutes();
        this.leader = series.getLeader();
    }

    /** Moves this occurrence (not the series); it may not start in the past. */
    public void moveTo(LocalDateTime start, LocalDateTime now) {
        requireScheduled();
        if (start == null) {
            throw new InvalidRequestException("startsAt", "checkIn.start.required");
        }
        if (start.isBefore(now)) {
            throw new InvalidRequestException("startsAt", "checkIn.start.past");
        }
        this.startsAt = start.withSecond(0).withNano(0);
    }

    public void skip() {
        requireScheduled();
        status = Status.SKIPPED;
    }

    /**
     * Marks the check-in held, from its start time on (a meeting held earlier is first moved to when it took
     * place); the agenda then carries over (see the service).
     */
    public void hold(LocalDateTime now, Instant at) {
        requireScheduled();
        if (now.isBefore(startsAt)) {
            throw new InvalidRequestException(null, "checkIn.hold.early");
        }
        status = Status.HELD;
        heldAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Marks held a check-in that took place before its planned time (the two met earlier): it moves to the minute
     * it was marked, so the record says when it really happened.
     */
    public void holdEarly(LocalDateTime now, Instant at) {
        requireScheduled();
        if (!now.isBefore(startsAt)) {
            hold(now, at);
            return;
        }
        startsAt = now.withSecond(0).withNano(0);
        status = Status.HELD;
        heldAt = Objects.requireNonNull(at, "at");
    }

    /** Whether it has not started yet (it can be marked held from its start on). */
    public boolean isAhead(LocalDateTime now) {
        return now.isBefore(startsAt);
    }

    /** Hands a future occurrence to the series' new leader. */
    void leadBy(UserAccount newLeader) {
        if (status == Status.SCHEDULED) {
            this.leader = newLeader;
        }
    }

    public void writeSharedNotes(String text) {
        String notes = text == null || text.isBlank() ? null : text.strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new InvalidRequestException("sharedNotes", "checkIn.notes.size");
        }
        this.sharedNotes = notes;
    }

    public boolean isMissed(LocalDateTime now) {
        return Attendance.isMissed(status, startsAt, now);
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    private void requireScheduled() {
        if (status != Status.SCHEDULED) {
            throw new InvalidRequestException(null, "checkIn.notScheduled");
        }
    }

    public Long getId() { return id; }
    public CheckInSeries getSeries() { return series; }
    public LocalDate getSlotOn() { return slotOn; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public Status getStatus() { return status; }
    public UserAccount getLeader() { return leader; }
    public String getSharedNotes() { return sharedNotes; }
    public Instant getHeldAt() { return heldAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CheckIn other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return CheckIn.class.hashCode();
    }
}
