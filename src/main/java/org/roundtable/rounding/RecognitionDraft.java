package org.roundtable.rounding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A recognition: a staff member or a team, and what for. */
public record RecognitionDraft(
        Long staffMemberId,
        @Size(max = Recognition.MAX_TEAM, message = "{recognition.team.size}") String team,
        @NotBlank(message = "{recognition.reason.required}")
        @Size(max = Recognition.MAX_REASON, message = "{recognition.reason.size}") String reason) implements Serializable {
}
