package org.roundtable.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which conversations concern the same expectation: by link (both ways, through chains) or by the expectation's words. */
class PatternsTest {

    private static final LocalDate D = LocalDate.of(2026, 9, 1);

    private static Patterns.Item item(long id, int day, String expectation, Long... earlier) {
        return new Patterns.Item(id, D.plusDays(day), Patterns.key(expectation), Set.of(earlier));
    }

    private static List<Long> ids(List<Patterns.Item> items) {
        return items.stream().map(Patterns.Item::id).toList();
    }

    @Test
    void theExpectationIsComparedWithoutCaseAccentsSpacingOrPunctuation() {
        assertEquals("arrive for duty by 7 40", Patterns.key("  Arrive  for DUTY by 7:40. "));
        assertEquals(Patterns.key("Réunion d'équipe"), Patterns.key("reunion d equipe"));
        assertNull(Patterns.key(" ... "));
        assertNull(Patterns.key(null));
    }

    @Test
    void theThirdConversationOnTheSameExpectationIsAPattern() {
        List<Patterns.Item> all = List.of(item(100_001, 0, "Duty by 7:40"), item(100_002, 30, "duty by 7.40"),
                item(100_003, 60, "Duty by 7:40!"), item(100_004, 70, "Grading policy"));
        List<Patterns.Item> same = Patterns.sameExpectation(100_003, all);
        assertEquals(List.of(100_001L, 100_002L, 100_003L), ids(same), "oldest first, itself included");
        assertTrue(Patterns.isPlain(same));
        assertFalse(Patterns.isPlain(Patterns.sameExpectation(100_004, all)));
    }

    @Test
    void linksCountBothWaysAndThroughChainsWhateverTheWords() {
        List<Patterns.Item> all = List.of(item(100_001, 0, "Bus duty"), item(100_002, 30, "Mornings", 100_001L),
                item(100_003, 60, null, 100_002L), item(100_009, 90, "Unrelated"));
        assertEquals(List.of(100_001L, 100_002L, 100_003L), ids(Patterns.sameExpectation(100_001, all)));
        assertEquals(3, Patterns.sameExpectation(100_003, all).size());
        assertEquals(List.of(100_009L), ids(Patterns.sameExpectation(100_009, all)));
    }

    @Test
    void twoAreNotYetAPatternAndUnknownLinksAreIgnored() {
        List<Patterns.Item> all = List.of(item(100_001, 0, "Duty"), item(100_002, 30, "duty", 100_777L));
        assertEquals(2, Patterns.sameExpectation(100_002, all).size());
        assertFalse(Patterns.isPlain(Patterns.sameExpectation(100_002, all)));
        assertTrue(Patterns.sameExpectation(100_555, all).isEmpty());
    }

    @Test
    void identitiesAreComparedByValueNotByBoxedReference() {
        // ids beyond the Long cache (−128..127): a == comparison of boxed ids would miss these links
        Long earlier = Long.valueOf(100_001L);
        List<Patterns.Item> all = List.of(new Patterns.Item(100_001L, D, null, Set.of()),
                new Patterns.Item(100_002L, D.plusDays(1), null, Set.of(earlier)),
                new Patterns.Item(100_003L, D.plusDays(2), null, Set.of(Long.valueOf(100_002L))));
        assertEquals(3, Patterns.sameExpectation(100_001L, all).size());
    }
}
