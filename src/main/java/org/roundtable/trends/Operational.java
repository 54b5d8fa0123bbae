package org.roundtable.trends;

import java.io.Serializable;
import java.util.List;
import org.roundtable.checkin.CheckIns.StuckPoint;
import org.roundtable.checkin.SeriesRow;
import org.roundtable.rounding.CoverageRow;
import org.roundtable.rounding.RecognitionRow;

/**
 * The operational signals, from what the portal already tracks: follow-ups overdue, schools not visited within the
 * coverage window, check-in series missed twice in a row, talking points stuck (carried three times or more) and
 * recognitions waiting more than three days for a thank-you. District leaders only.
 *
 * @param openFollowUps     follow-ups open district-wide
 * @param overdueFollowUps  of those, overdue
 * @param coverageDays      the coverage window
 * @param notVisited        the schools not visited within it, least recently visited first
 * @param missedTwice       series whose last two check-ins were missed
 * @param stuckPoints       talking points stuck, most carried first (at most {@value OperationalSignals#SHOWN})
 * @param waitingThanks     recognitions waiting for a thank-you, oldest first (at most {@value OperationalSignals#SHOWN})
 * @param waitingThanksCount how many wait in all
 */
public record Operational(long openFollowUps, long overdueFollowUps, int coverageDays, List<CoverageRow> notVisited,
        List<SeriesRow> missedTwice, List<StuckPoint> stuckPoints, List<RecognitionRow> waitingThanks,
        int waitingThanksCount) implements Serializable {

    /** Whether nothing needs attention. */
    public boolean isQuiet() {
        return overdueFollowUps == 0 && notVisited.isEmpty() && missedTwice.isEmpty() && stuckPoints.isEmpty()
                && waitingThanksCount == 0;
    }
}
