package org.roundtable.rounding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** The planning form of a visit. Validated at the service boundary. */
public record VisitDraft(
        @NotNull(message = "{visit.school.required}") Long schoolId,
        @NotNull(message = "{visit.start.required}") LocalDateTime startsAt,
        @NotNull(message = "{visit.duration.range}")
        @Min(value = Visit.MIN_MINUTES, message = "{visit.duration.range}")
        @Max(value = Visit.MAX_MINUTES, message = "{visit.duration.range}") Integer durationMinutes,
        @Size(max = Visit.MAX_FOCUS, message = "{visit.focus.size}") String focus,
        @NotEmpty(message = "{visit.leaders.required}") Set<Long> leaderIds) implements Serializable {

    public VisitDraft {
        leaderIds = leaderIds == null ? Set.of() : Set.copyOf(leaderIds);
    }
}
