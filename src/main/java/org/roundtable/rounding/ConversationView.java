package org.roundtable.rounding;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.roundtable.people.RoleGroup;

/** A conversation as a reader sees it, with its answers in question order. */
public record ConversationView(long id, long visitId, long schoolId, String schoolName, LocalDateTime visitStart,
        ConversationKind kind, Long staffMemberId, String staffName, RoleGroup roleGroup, GradeBand gradeBand,
        String onTheirMind, boolean leadersOnly, String authorName, Instant createdAt, long version,
        List<AnswerView> answers) implements Serializable {

    public ConversationView(long id, long visitId, long schoolId, String schoolName, LocalDateTime visitStart,
            ConversationKind kind, Long staffMemberId, String staffName, RoleGroup roleGroup, GradeBand gradeBand,
            String onTheirMind, boolean leadersOnly, String authorName, Instant createdAt, long version) {
        this(id, visitId, schoolId, schoolName, visitStart, kind, staffMemberId, staffName, roleGroup, gradeBand,
                onTheirMind, leadersOnly, authorName, createdAt, version, List.of());
    }

    ConversationView withAnswers(List<AnswerView> list) {
        return new ConversationView(id, visitId, schoolId, schoolName, visitStart, kind, staffMemberId, staffName,
                roleGroup, gradeBand, onTheirMind, leadersOnly, authorName, createdAt, version, List.copyOf(list));
    }
}
