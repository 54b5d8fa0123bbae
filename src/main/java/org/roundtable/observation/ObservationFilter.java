package org.roundtable.observation;

import java.io.Serializable;
import java.time.LocalDate;
import org.roundtable.people.RoleGroup;

/** The filters of the observation list; null means "any". */
public record ObservationFilter(Long schoolId, Long themeId, Tone tone, RoleGroup roleGroup, LocalDate from,
        LocalDate to) implements Serializable {

    public static ObservationFilter none() {
        return new ObservationFilter(null, null, null, null, null, null);
    }

    /** The same filter for any theme. */
    public ObservationFilter withoutTheme() {
        return new ObservationFilter(schoolId, null, tone, roleGroup, from, to);
    }
}
