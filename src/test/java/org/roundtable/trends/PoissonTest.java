package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PoissonTest {

    @Test
    void upperTailsMatchTheTables() {
        assertEquals(1.0, Poisson.atLeast(0, 3.0), 1e-12);
        assertEquals(1 - Math.exp(-2), Poisson.atLeast(1, 2.0), 1e-12);
        // P(X >= 7 | 2) = 0.004534, P(X >= 13 | 6) = 0.008827 (R: ppois(6, 2, lower = FALSE), ppois(12, 6, lower = FALSE))
        assertEquals(0.004534, Poisson.atLeast(7, 2.0), 1e-6);
        assertEquals(0.008827, Poisson.atLeast(13, 6.0), 1e-6);
        assertEquals(0.0, Poisson.atLeast(3, 0.0), 0.0);
    }
}
