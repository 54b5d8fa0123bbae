package org.roundtable.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.roundtable.checkin.CheckIns;
import org.roundtable.rounding.Coverage;
import org.roundtable.rounding.FollowUps;
import org.roundtable.rounding.RecognitionRow;
import org.roundtable.rounding.Recognitions;
import org.roundtable.rounding.Visits;
import org.roundtable.security.Guard;

/** Gathers the operational signals from the services that own them (each checks the caller again). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OperationalSignals {

    /** How many stuck points and waiting thank-yous the dashboard names (the counts are of all). */
    public static final int SHOWN = 5;

    @Inject
    FollowUps followUps;

    @Inject
    Visits visits;

    @Inject
    CheckIns checkIns;

    @Inject
    Recognitions recognitions;

    @Inject
    Guard guard;

    public Operational now() {
        guard.requireDistrictLeader("trends", null);
        long[] followUpCounts = followUps.districtOpenAndOverdue();
        Coverage coverage = visits.coverage();
        List<RecognitionRow> waiting = recognitions.waitingTooLong(false, SHOWN);
        return new Operational(followUpCounts[0], followUpCounts[1], coverage.windowDays(), coverage.due(),
                checkIns.missedTwiceInARow(true), checkIns.stuckTalkingPoints(SHOWN), waiting,
                (int) recognitions.countWaitingTooLong());
    }
}
