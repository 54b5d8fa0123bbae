package org.roundtable.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The carry-over rules of a check-in's shared agenda: talking points not discussed move to the next check-in,
 * marked with the day they were first raised and how many times they have been carried; a point carried
 * {@value #STUCK_AFTER} times or more is stuck.
 */
public final class Agenda {

    public static final int STUCK_AFTER = 3;

    private Agenda() {
    }

    /**
     * A talking point as carry-over sees it.
     *
     * @param raisedOn   the day of the check-in it was first added to
     * @param carryCount how many times it has been carried so far
     */
    public record Point(String text, boolean discussed, LocalDate raisedOn, int carryCount) {

        public Point {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(raisedOn, "raisedOn");
            if (carryCount < 0) {
                throw new IllegalArgumentException("carryCount");
            }
        }

        public boolean stuck() {
            return isStuck(carryCount);
        }

        public boolean carried() {
            return carryCount > 0;
        }
    }

    /** What moves to the next check-in: every point not discussed, in order, carried once more. */
    public static List<Point> carryOver(List<Point> points) {
        List<Point> next = new ArrayList<>();
        for (Point p : points) {
            if (!p.discussed()) {
                next.add(new Point(p.text(), false, p.raisedOn(), p.carryCount() + 1));
            }
        }
        return next;
    }

    public static boolean isStuck(int carryCount) {
        return carryCount >= STUCK_AFTER;
    }
}
