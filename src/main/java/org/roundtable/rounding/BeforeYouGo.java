package org.roundtable.rounding;

import java.io.Serializable;
import java.util.List;
import org.roundtable.observation.ObservationRow;

/** What a leader reads before a visit. */
public record BeforeYouGo(VisitDetail visit, List<PersonMemory> people, List<FollowUpRow> openFollowUps,
        List<RecognitionRow> unacknowledged, List<ObservationRow> recentObservations) implements Serializable {
}
