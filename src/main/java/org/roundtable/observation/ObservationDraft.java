package org.roundtable.observation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.roundtable.people.RoleGroup;

/** What a leader types to record or revise an observation. Validated at the service boundary. */
public record ObservationDraft(
        @NotNull(message = "{observation.school.required}") Long schoolId,
        @NotNull(message = "{observation.date.required}")
        @PastOrPresent(message = "{observation.date.future}") LocalDate observedOn,
        @NotNull(message = "{observation.roleGroup.required}") RoleGroup roleGroup,
        @NotEmpty(message = "{observation.themes.required}") Set<Long> themeIds,
        @NotNull(message = "{observation.tone.required}") Tone tone,
        @NotBlank(message = "{observation.text.required}")
        @Size(max = Observation.MAX_TEXT, message = "{observation.text.size}") String text) implements Serializable {

    /** Observations older than this many years are refused: almost always a mistyped year. */
    public static final int MAX_AGE_YEARS = 5;

    public ObservationDraft {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        text = text == null ? null : text.strip();
    }
}
