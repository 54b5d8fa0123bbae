package org.roundtable.rounding;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.roundtable.people.RoleGroup;

/**
 * What a leader types about one conversation.
 *
 * @param answers answers by rounding question id; blank answers are dropped
 */
public record ConversationDraft(
        @NotNull(message = "{conversation.kind.required}") ConversationKind kind,
        Long staffMemberId,
        RoleGroup roleGroup,
        GradeBand gradeBand,
        @Size(max = Conversation.MAX_MIND, message = "{conversation.mind.size}") String onTheirMind,
        boolean leadersOnly,
        Map<Long, String> answers) implements Serializable {

    public ConversationDraft {
        answers = answers == null ? Map.of() : new LinkedHashMap<>(answers);
    }
}
