package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The confidential-record block: signed off is locked for good, deleted is hidden but kept. */
class ConfidentialityTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static String refusal(Runnable r) {
        return assertThrows(InvalidRequestException.class, r::run).messageKey();
    }

    @Test
    void aSignedOffRecordIsLockedAndCannotBeUnlockedOrDeleted() {
        Confidentiality c = new Confidentiality();
        c.requireEditable();
        c.signOff(100_001L, AT);
        assertTrue(c.isSignedOff());
        assertEquals(100_001L, c.getSignedOffBy());
        assertEquals("record.locked", refusal(c::requireEditable));
        assertEquals("record.locked", refusal(() -> c.signOff(100_001L, AT)), "signed off once");
        assertEquals("record.locked", refusal(c::restore), "there is no unlock");
    }

    @Test
    void aDeletedRecordIsHiddenKeptAndNotDeletedTwice() {
        Confidentiality c = new Confidentiality();
        c.delete(100_002L, AT);
        assertTrue(c.isDeleted());
        assertEquals(AT, c.getDeletedAt());
        assertEquals(100_002L, c.getDeletedBy());
        assertEquals("record.deleted", refusal(() -> c.delete(100_002L, AT)));
        assertEquals("record.deleted", refusal(c::requireEditable));
        c.restore();
        assertFalse(c.isDeleted(), "its author writes in an open record again");
    }

    @Test
    void addendaNeedARecordThatIsSignedOffAndText() {
        Addenda addenda = new Addenda();
        Confidentiality open = new Confidentiality();
        assertEquals("addendum.notSignedOff", refusal(() -> addenda.add("critical", 1, open, 1, "A", "later")));
        assertEquals("addendum.text.required", refusal(() -> new Addendum("critical", 1, 1, "A", " ", AT)));
        assertEquals("addendum.text.size", refusal(() -> new Addendum("critical", 1, 1, "A", "x".repeat(8001), AT)));
    }
}
