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
import java.time.LocalDate;
import java.util.Objects;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/**
 * Something agreed at a check-in that someone does: open ones show on every following check-in of the series
 * until done.
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

    public static final int MAX_TEXT = 500;

    /** Open or done; the bundle key {@code actionStatus.NAME} is its label. */
    public enum Status { OPEN, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id", nullable = false, updatable = false)
    private CheckInSeries series;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false, updatable = false)
    private CheckIn checkIn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private UserAccount owner;

    @NotNull
    @Size(max = MAX_TEXT)
    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Version
    private long version;

    protected ActionItem() {
    }

    /** An action item agreed at a check-in; the owner is one of the two participants. */
    public ActionItem(CheckIn checkIn, UserAccount owner, String text, LocalDate dueOn) {
        this.checkIn = Objects.requireNonNull(checkIn, "checkIn");
        this.series = checkIn.getSeries();
        if (owner == null) {
            throw new InvalidRequestException("ownerId", "action.owner.required");
        }
        Long ownerId = owner.getId();
        if (!ownerId.equals(series.getPrincipal().getId()) && !ownerId.equals(series.getLeader().getId())) {
            throw new InvalidRequestException("ownerId", "action.owner.participant");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "action.text.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidRequestException("text", "action.text.size");
        }
        if (dueOn != null && dueOn.isBefore(checkIn.getStartsAt().toLocalDate())) {
            throw new InvalidRequestException("dueOn", "action.due.beforeCheckIn");
        }
        this.owner = owner;
        this.text = text.strip();
        this.dueOn = dueOn;
    }

    public void done(LocalDate on) {
        status = Status.DONE;
        doneOn = Objects.requireNonNull(on, "on");
    }

    public void reopen() {
        status = Status.OPEN;
        doneOn = null;
    }

    public Long getId() { return id; }
    public CheckInSeries getSeries() { return series; }
    public CheckIn getCheckIn() { return checkIn; }
    public UserAccount getOwner() { return owner; }
    public String getText() { return text; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public LocalDate getDoneOn() { return doneOn; }
    public long getVersion() { return version; }
}
