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
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import org.roundtable.people.School;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;

/**
 * A principal and a district leader meeting every 14 days on a weekday and time from a first date. The series
 * keeps the principal (and so the history); the leader can be handed over.
 */
@Entity
@Table(name = "check_in_series")
public class CheckInSeries {

    public static final int MIN_MINUTES = 15;
    public static final int MAX_MINUTES = 180;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "principal_id", nullable = false, updatable = false)
    private UserAccount principal;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id", nullable = false)
    private UserAccount leader;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @NotNull
    @Column(name = "time_of_day", nullable = false)
    private LocalTime timeOfDay;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @NotNull
    @Column(name = "first_on", nullable = false)
    private LocalDate firstOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SeriesStatus status = SeriesStatus.ACTIVE;

    /** The last slot day occurrences exist for (the rolling horizon). */
    @Column(name = "generated_through")
    private LocalDate generatedThrough;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CheckInSeries() {
    }

    /**
     * A new series. Its first meeting is the first {@code day} on or after {@code startsOn}, at {@code time}, and
     * must still lie ahead.
     */
    public CheckInSeries(UserAccount principal, UserAccount leader, DayOfWeek day, LocalTime time, int durationMinutes,
            LocalDate startsOn, LocalDateTime now) {
        if (principal == null || !principal.getRoles().contains(Role.PRINCIPAL) || principal.getSchool() == null) {
            throw new InvalidRequestException("principalId", "series.principal.required");
        }
        if (day == null) {
            throw new InvalidRequestException("dayOfWeek", "series.day.required");
        }
        if (time == null) {
            throw new InvalidRequestException("timeOfDay", "series.time.required");
        }
        if (startsOn == null) {
            throw new InvalidRequestException("startsOn", "series.start.required");
        }
        if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
            throw new InvalidRequestException("durationMinutes", "series.duration.range");
        }
        LocalDate first = Biweekly.firstSlot(startsOn, day);
        if (first.atTime(time).isBefore(now)) {
            throw new InvalidRequestException("startsOn", "series.start.past");
        }
        this.principal = principal;
        this.school = principal.getSchool();
        this.dayOfWeek = day;
        this.timeOfDay = time.withSecond(0).withNano(0);
        this.durationMinutes = durationMinutes;
        this.firstOn = first;
        handOver(leader);
    }

    /** Gives the series to another district leader; past check-ins keep the leader who held them. */
    public final void handOver(UserAccount to) {
        if (to == null || !to.isActive() || to.getRoles().stream().noneMatch(Role::isDistrictLeader)) {
            throw new InvalidRequestException("leaderId", "series.leader.districtOnly");
        }
        this.leader = to;
    }

    public void pause() {
        if (status == SeriesStatus.PAUSED) {
            throw new InvalidRequestException(null, "series.alreadyPaused");
        }
        status = SeriesStatus.PAUSED;
    }

    public void resume() {
        if (status == SeriesStatus.ACTIVE) {
            throw new InvalidRequestException(null, "series.alreadyActive");
        }
        status = SeriesStatus.ACTIVE;
    }

    /** Records how far occurrences have been generated. */
    public void generatedThrough(LocalDate day) {
        this.generatedThrough = Objects.requireNonNull(day, "day");
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public School getSchool() { return school; }
    public UserAccount getPrincipal() { return principal; }
    public UserAccount getLeader() { return leader; }
    public DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public LocalTime getTimeOfDay() { return timeOfDay; }
    public int getDurationMinutes() { return durationMinutes; }
    public LocalDate getFirstOn() { return firstOn; }
    public SeriesStatus getStatus() { return status; }
    public LocalDate getGeneratedThrough() { return generatedThrough; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof CheckInSeries other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return CheckInSeries.class.hashCode();
    }
}
