package org.roundtable.trends;

import java.util.Random;

/** Simulated weekly counts for the rules' noise tests: Poisson draws from a seeded generator. */
final class SimulatedWeeks {

    private SimulatedWeeks() {
    }

    /** One Poisson draw (Knuth's method: fine for the small means of a school's theme). */
    static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** Concerns come from a handful of leaders: the distinct ones among the last two weeks' notes. */
    static int sourcesOf(int[] weeks) {
        int n = weeks[weeks.length - 1] + weeks[weeks.length - 2];
        return Math.min(n, 1 + n / 2);
    }
}
