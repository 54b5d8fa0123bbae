package org.roundtable.checkin;

import java.io.Serializable;
import java.time.LocalDate;

/** A talking point as the agenda shows it. */
public record PointView(long id, String text, long authorId, String authorName, int position, boolean discussed,
        LocalDate raisedOn, int carryCount, long version) implements Serializable {

    public boolean carried() {
        return carryCount > 0;
    }

    public boolean stuck() {
        return Agenda.isStuck(carryCount);
    }
}
