package org.roundtable.trends;

/** The Poisson distribution's upper tail, for the statistical rules. */
final class Poisson {

    private Poisson() {
    }

    /**
     * The chance of {@code k} or more events when {@code mean} are expected: {@code P(X >= k)}. Summed term by term in
     * log space (the counts of a school's theme are small; means up to a few hundred are exact to 1e-12).
     */
    static double atLeast(int k, double mean) {
        if (k <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        double logMean = Math.log(mean);
        double below = 0;
        double logFactorial = 0;
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                logFactorial += Math.log(i);
            }
            below += Math.exp(-mean + i * logMean - logFactorial);
        }
        return Math.max(0.0, 1.0 - below);
    }

    /** The chance of {@code k} or fewer events when {@code mean} are expected: {@code P(X <= k)}. */
    static double atMost(int k, double mean) {
        return k < 0 ? 0.0 : 1.0 - atLeast(k + 1, mean);
    }
}
