package org.roundtable.rounding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A concern that needs action, with who owns it and by when. */
public record ConcernDraft(
        @NotBlank(message = "{followUp.concern.required}")
        @Size(max = FollowUp.MAX_CONCERN, message = "{followUp.concern.size}") String concern,
        @NotNull(message = "{followUp.owner.required}") Long ownerId,
        @NotNull(message = "{followUp.due.required}") LocalDate dueOn) implements Serializable {
}
