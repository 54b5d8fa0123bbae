package org.roundtable.observation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.people.RoleGroup;

/** One observation as a reader sees it, with whether the reader may revise it. */
public record ObservationDetail(long id, long schoolId, String schoolName, LocalDate observedOn, RoleGroup roleGroup,
        Tone tone, String text, String authorName, SourceType sourceType, Long sourceId, List<ThemeRef> themes,
        Instant createdAt, Instant updatedAt, long version, boolean editable) implements Serializable {

    public Set<Long> themeIds() {
        return themes.stream().map(ThemeRef::id).collect(Collectors.toSet());
    }

    public ObservationDraft toDraft() {
        return new ObservationDraft(schoolId, observedOn, roleGroup, themeIds(), tone, text);
    }
}
