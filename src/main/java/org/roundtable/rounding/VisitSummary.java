package org.roundtable.rounding;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.roundtable.observation.Tone;

/** What was heard on a visit: counts and the answers grouped by question. */
public record VisitSummary(int conversations, int staffMembers, int roleGroups, int studentGroups, int recognitions,
        int followUps, Map<Tone, Long> observations, Map<String, List<String>> heard) implements Serializable {
}
