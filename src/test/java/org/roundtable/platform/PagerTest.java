package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {

    /** The links as text: numbers, the current one starred, "…" for a gap. */
    private static String links(Pager pager) {
        return String.join(" ", pager.getLinks().stream()
                .map(l -> l.isGap() ? "…" : l.number() + (l.current() ? "*" : "")).toList());
    }

    @Test
    void anEmptyOrShortListIsOnePageWithNoLinksToChoose() {
        Pager empty = Pager.of(1, 20, 0, 10_000);
        assertEquals(1, empty.pages());
        assertFalse(empty.isPaged());
        assertFalse(empty.hasPrevious());
        assertFalse(empty.hasNext());
        assertFalse(Pager.of(1, 20, 20, 10_000).isPaged(), "exactly one full page");
        assertTrue(Pager.of(1, 20, 21, 10_000).isPaged(), "one row more is a second page");
    }

    @Test
    void aFewPagesAreAllShown() {
        assertEquals("1* 2 3", links(Pager.of(1, 20, 45, 10_000)));
        assertEquals("1 2 3* 4 5", links(Pager.of(3, 20, 100, 10_000)));
        assertEquals("1 2 3 4* 5 6 7", links(Pager.of(4, 20, 140, 10_000)), "no gap where none would be left out");
    }

    @Test
    void aLongListShowsTheEndsAndTheNeighboursWithGaps() {
        Pager pager = Pager.of(10, 20, 10_000, 10_000);
        assertEquals(500, pager.pages());
        assertEquals("1 … 8 9 10* 11 12 … 500", links(pager));
        assertEquals(9, pager.previous());
        assertEquals(11, pager.next());
        assertEquals("1* 2 3 … 500", links(Pager.of(1, 20, 10_000, 10_000)));
        assertEquals("1 … 498 499 500*", links(Pager.of(500, 20, 10_000, 10_000)));
        assertFalse(Pager.of(500, 20, 10_000, 10_000).hasNext());
    }

    @Test
    void aListThatStopsCountingHasThePagesItsLimitFills() {
        assertEquals(200, Pager.of(1, 50, 1_000_000, 10_000).pages());
        assertEquals(1_000, Pager.of(1, 10, 10_001, 10_000).pages());
    }

    @Test
    void aPagePastTheEndLinksBackToTheLastPage() {
        Pager pager = Pager.of(9, 20, 45, 10_000);
        assertEquals(3, pager.pages());
        assertTrue(pager.isPaged());
        assertTrue(pager.hasPrevious());
        assertEquals(3, pager.previous(), "previous is the last page, not page 8");
        assertFalse(pager.hasNext());
        assertEquals("1 2 3", links(pager), "no page is current");
        assertEquals(List.of(), Pager.of(2, 20, 0, 10_000).getLinks().stream().filter(Pager.Link::current).toList());
    }

    @Test
    void aPageOrSizeBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pager.of(0, 20, 45, 10_000));
        assertThrows(IllegalArgumentException.class, () -> Pager.of(1, 0, 45, 10_000));
        assertThrows(IllegalArgumentException.class, () -> new Pager(1, 0));
    }
}
