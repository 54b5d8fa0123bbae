package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IdListTest {

    @Test
    void oneParameterPerIdInOrder() {
        assertEquals("o.id in (:id0)", IdList.in("o.id", 1));
        assertEquals("ot.observation.id in (:id0, :id1, :id2)", IdList.in("ot.observation.id", 3));
        assertEquals(IdList.MAX, IdList.in("o.id", IdList.MAX).split(",").length);
    }

    @Test
    void anEmptyOrOversizedListIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> IdList.in("o.id", 0));
        assertThrows(IllegalArgumentException.class, () -> IdList.in("o.id", IdList.MAX + 1));
    }
}
