package org.roundtable.observation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.RoleGroup;

/** One line of the observation list. */
public record ObservationRow(long id, LocalDate observedOn, long schoolId, String schoolName, RoleGroup roleGroup,
        Tone tone, String text, String authorName, SourceType sourceType, List<String> themes) implements Serializable {

    /** The JPQL constructor expression fills everything but the themes, which a second query adds. */
    public ObservationRow(long id, LocalDate observedOn, long schoolId, String schoolName, RoleGroup roleGroup,
            Tone tone, String text, String authorName, SourceType sourceType) {
        this(id, observedOn, schoolId, schoolName, roleGroup, tone, text, authorName, sourceType, List.of());
    }

    ObservationRow withThemes(List<String> names) {
        return new ObservationRow(id, observedOn, schoolId, schoolName, roleGroup, tone, text, authorName, sourceType,
                List.copyOf(names));
    }
}
