package org.roundtable.trends;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.roundtable.platform.InvalidRequestException;

/**
 * What the district's leaders did about one signal, kept by its identity (rule, school, theme) while the signal
 * itself is counted afresh whenever it is looked at. Acknowledged, it stays off the list of emerging problems until
 * its count is worse than the one acknowledged; snoozed, until the day chosen. Each action returns the event that
 * goes into the signal's history.
 */
@Entity
@Table(name = "trend_signal")
public class SignalState {

    /** The longest snooze: a school year's quarter would be too short for some, a year is the limit. */
    public static final int MAX_SNOOZE_DAYS = 366;
    public static final int MAX_NOTE = SignalEvent.MAX_NOTE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "signal_key", nullable = false, length = 80, updatable = false)
    private String key;

    @Column(name = "rule_name", nullable = false, length = 30, updatable = false)
    private String rule;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(name = "theme_id", nullable = false, updatable = false)
    private long themeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignalStatus status = SignalStatus.OPEN;

    @Column(name = "acknowledged_observed")
    private Integer acknowledgedObserved;

    @Column(name = "snoozed_until")
    private LocalDate snoozedUntil;

    @Column(name = "digest_observed")
    private Integer digestObserved;

    @Column(name = "digest_week")
    private LocalDate digestWeek;

    @Version
    private long version;

    protected SignalState() {
    }

    public SignalState(String rule, Long schoolId, long themeId) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.schoolId = schoolId;
        this.themeId = themeId;
        this.key = keyOf(rule, schoolId, themeId);
    }

    /** A signal's identity: {@code rule:school:theme} ({@code district} for a district-wide one). */
    public static String keyOf(String rule, Long schoolId, long themeId) {
        return rule + ":" + (schoolId == null ? "district" : schoolId) + ":" + themeId;
    }

    /** Whether the signal stays off the list of emerging problems today, at its current count. */
    public boolean isSetAside(int observed, LocalDate today) {
        return switch (status) {
            case OPEN -> false;
            case ACKNOWLEDGED -> acknowledgedObserved != null && observed <= acknowledgedObserved;
            case SNOOZED -> snoozedUntil != null && today.isBefore(snoozedUntil);
        };
    }

    /** Whether an acknowledged signal has got worse since (and is back on the list for it). */
    public boolean isWorseThanAcknowledged(int observed) {
        return status == SignalStatus.ACKNOWLEDGED && acknowledgedObserved != null && observed > acknowledgedObserved;
    }

    /** Acknowledged at its current count, with a note of what was done ("spoke with the principal"). */
    public SignalEvent acknowledge(long actorId, String actorName, String note, int observed, Instant at) {
        String text = note(note, true);
        status = SignalStatus.ACKNOWLEDGED;
        acknowledgedObserved = observed;
        snoozedUntil = null;
        return new SignalEvent(this, SignalEvent.Action.ACKNOWLEDGED, actorId, actorName, at, observed, null, text);
    }

    /** Off the list until a day after today, at most {@value #MAX_SNOOZE_DAYS} days ahead; a note is optional. */
    public SignalEvent snooze(long actorId, String actorName, LocalDate until, String note, int observed, LocalDate today,
            Instant at) {
        if (until == null) {
            throw new InvalidRequestException("until", "trends.snooze.required");
        }
        if (!until.isAfter(today)) {
            throw new InvalidRequestException("until", "trends.snooze.past");
        }
        if (until.isAfter(today.plusDays(MAX_SNOOZE_DAYS))) {
            throw new InvalidRequestException("until", "trends.snooze.tooFar");
        }
        String text = note(note, false);
        status = SignalStatus.SNOOZED;
        snoozedUntil = until;
        acknowledgedObserved = null;
        return new SignalEvent(this, SignalEvent.Action.SNOOZED, actorId, actorName, at, observed, until, text);
    }

    /** Back on the list now. */
    public SignalEvent reopen(long actorId, String actorName, int observed, Instant at) {
        if (status == SignalStatus.OPEN) {
            throw new InvalidRequestException(null, "trends.reopen.open");
        }
        status = SignalStatus.OPEN;
        acknowledgedObserved = null;
        snoozedUntil = null;
        return new SignalEvent(this, SignalEvent.Action.REOPENED, actorId, actorName, at, observed, null, null);
    }

    /** A follow-up was opened from the signal. */
    public SignalEvent followedUp(long actorId, String actorName, int observed, String concern, Instant at) {
        return new SignalEvent(this, SignalEvent.Action.FOLLOW_UP, actorId, actorName, at, observed, null, note(concern, false));
    }

    /** Whether the weekly digest should tell of it: never told, or worse than when last told. */
    public boolean isNewsForDigest(int observed) {
        return digestObserved == null || observed > digestObserved;
    }

    /** The digest of a week told of it at this count. */
    public void toldInDigest(int observed, LocalDate week) {
        digestObserved = observed;
        digestWeek = week;
    }

    private static String note(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            if (required) {
                throw new InvalidRequestException("note", "trends.note.required");
            }
            return null;
        }
        if (text.length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "trends.note.size");
        }
        return text;
    }

    public Long getId() { return id; }
    public String getKey() { return key; }
    public String getRule() { return rule; }
    public Long getSchoolId() { return schoolId; }
    public long getThemeId() { return themeId; }
    public SignalStatus getStatus() { return status; }
    public Integer getAcknowledgedObserved() { return acknowledgedObserved; }
    public LocalDate getSnoozedUntil() { return snoozedUntil; }
    public Integer getDigestObserved() { return digestObserved; }
    public LocalDate getDigestWeek() { return digestWeek; }
    public long getVersion() { return version; }
}
