package org.roundtable.trends;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One action on a signal, for its history: who did what, when, at what count, with what note. Never changed. */
@Entity
@Table(name = "trend_signal_event")
public class SignalEvent {

    public static final int MAX_NOTE = 1000;

    /** What was done; the bundle key is {@code trends.action.NAME}. */
    public enum Action {
        ACKNOWLEDGED, SNOOZED, REOPENED, FOLLOW_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_id", nullable = false, updatable = false)
    private SignalState signal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Action action;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false, length = 120, updatable = false)
    private String actorName;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant at;

    @Column(updatable = false)
    private Integer observed;

    @Column(name = "until_day", updatable = false)
    private LocalDate until;

    @Column(length = MAX_NOTE, updatable = false)
    private String note;

    protected SignalEvent() {
    }

    SignalEvent(SignalState signal, Action action, long actorId, String actorName, Instant at, Integer observed,
            LocalDate until, String note) {
        this.signal = Objects.requireNonNull(signal, "signal");
        this.action = Objects.requireNonNull(action, "action");
        this.actorId = actorId;
        this.actorName = Objects.requireNonNull(actorName, "actorName");
        this.at = Objects.requireNonNull(at, "at");
        this.observed = observed;
        this.until = until;
        this.note = note;
    }

    public Action getAction() { return action; }
    public String getActorName() { return actorName; }
    public Instant getAt() { return at; }
    public Integer getObserved() { return observed; }
    public LocalDate getUntil() { return until; }
    public String getNote() { return note; }
}
