package org.roundtable.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.School;
import org.roundtable.people.SchoolLevel;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;

class ObservationTest {

    private final School school = new School("Westview Middle School", SchoolLevel.MIDDLE);
    private final UserAccount author = new UserAccount("sup", "Sup", "s@x.org", "h", EnumSet.of(Role.SUPERINTENDENT), null);
    private final Theme behavior = new Theme("Student behavior");

    @Test
    void anObservationNeedsAtLeastOneTheme() {
        assertThrows(IllegalArgumentException.class, () -> new Observation(school, LocalDate.now(), RoleGroup.TEACHER,
                Set.of(), Tone.CONCERN, "text", author, null, null));
    }

    @Test
    void aSourceHasBothATypeAndAnId() {
        assertThrows(IllegalArgumentException.class, () -> new Observation(school, LocalDate.now(), RoleGroup.TEACHER,
                Set.of(behavior), Tone.CONCERN, "text", author, SourceType.ROUNDING_VISIT, null));
        Observation linked = new Observation(school, LocalDate.now(), RoleGroup.TEACHER, Set.of(behavior), Tone.CONCERN,
                "text", author, SourceType.ROUNDING_VISIT, 12L);
        assertEquals(SourceType.ROUNDING_VISIT, linked.getSourceType());
    }

    @Test
    void textIsTrimmedAndThemesCannotBeChangedFromOutside() {
        Observation o = new Observation(school, LocalDate.now(), RoleGroup.TEACHER, Set.of(behavior), Tone.IDEA,
                "  an idea \n", author, null, null);
        assertEquals("an idea", o.getText());
        assertThrows(UnsupportedOperationException.class, () -> o.getThemes().add(new Theme("Other")));
    }

    @Test
    void draftsCopyTheirThemeIdsAndTrimText() {
        java.util.HashSet<Long> ids = new java.util.HashSet<>(Set.of(1L));
        ObservationDraft d = new ObservationDraft(1L, LocalDate.now(), RoleGroup.TEACHER, ids, Tone.IDEA, "  x ");
        ids.add(2L);
        assertEquals(Set.of(1L), d.themeIds());
        assertEquals("x", d.text());
        assertEquals(Set.of(), new ObservationDraft(1L, null, null, null, null, null).themeIds());
    }
}
