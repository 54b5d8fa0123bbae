package org.roundtable.checkin;

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
import java.time.LocalDate;
import java.util.Objects;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/** A point either side puts on a check-in's shared agenda; undiscussed ones carry over to the next check-in. */
@Entity
@Table(name = "talking_point")
public class TalkingPoint {

    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "check_in_id", nullable = false, updatable = false)
    private CheckIn checkIn;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @NotNull
    @Size(max = MAX_TEXT)
    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean discussed;

    @NotNull
    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Column(name = "carry_count", nullable = false, updatable = false)
    private int carryCount;

    @Version
    private long version;

    protected TalkingPoint() {
    }

    /** A new point on a check-in's agenda. */
    public TalkingPoint(CheckIn checkIn, UserAccount author, String text, int position) {
        this(checkIn, author, text, position, checkIn.getSlotOn(), 0);
    }

    private TalkingPoint(CheckIn checkIn, UserAccount author, String text, int position, LocalDate raisedOn, int carryCount) {
        this.text = checked(text);
        this.checkIn = Objects.requireNonNull(checkIn, "checkIn");
        this.author = Objects.requireNonNull(author, "author");
        this.position = position;
        this.raisedOn = raisedOn;
        this.carryCount = carryCount;
    }

    /** This point, not discussed, carried onto the next check-in's agenda (see {@link Agenda#carryOver}). */
    public TalkingPoint carriedTo(CheckIn next, int position) {
        Agenda.Point carried = Agenda.carryOver(java.util.List.of(asPoint())).get(0);
        return new TalkingPoint(next, author, carried.text(), position, carried.raisedOn(), carried.carryCount());
    }

    public Agenda.Point asPoint() {
        return new Agenda.Point(text, discussed, raisedOn, carryCount);
    }

    /** New wording, by its author, while it has not been discussed. */
    public void reword(String newText) {
        if (discussed) {
            throw new InvalidRequestException("text", "point.discussed");
        }
        this.text = checked(newText);
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "point.text.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidRequestException("text", "point.text.size");
        }
        return text.strip();
    }

    public void markDiscussed(boolean value) {
        this.discussed = value;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public boolean isStuck() {
        return Agenda.isStuck(carryCount);
    }

    public Long getId() { return id; }
    public CheckIn getCheckIn() { return checkIn; }
    public UserAccount getAuthor() { return author; }
    public String getText() { return text; }
    public int getPosition() { return position; }
    public boolean isDiscussed() { return discussed; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public int getCarryCount() { return carryCount; }
    public long getVersion() { return version; }
}
