package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RisingConcernTest {

    private static final SeriesKey WESTVIEW_BEHAVIOR = new SeriesKey(7L, 3L);

    private static WeeklyCounts series(int sources, int... weeks) {
        return new WeeklyCounts(WESTVIEW_BEHAVIOR, weeks, sources);
    }

    /** Twelve quiet weeks at about one a week, the gap, then the last two weeks. */
    private static int[] weeks(int beforeLast, int last) {
        return new int[] {1, 0, 1, 1, 2, 0, 1, 1, 0, 1, 2, 0, 1, 1, beforeLast, last};
    }

    @Test
    void firesOnARealRiseAndSaysWhatItFiredOn() {
        Signal s = RisingConcern.judge(series(4, weeks(4, 5)));
        assertTrue(s != null, "9 concerns in two weeks against 0.83 a week");
        assertEquals(RisingConcern.NAME, s.rule());
        assertEquals(9, s.observed());
        assertEquals(2, s.windowWeeks());
        assertEquals(10 / 12.0, s.baselinePerWeek(), 1e-9);
        assertTrue(s.pValue() < 0.01, "p = " + s.pValue());
        assertEquals(WESTVIEW_BEHAVIOR, s.key());
    }

    @Test
    void aThemeNeverHeardBeforeIsJudgedAgainstTheFloorButReportedAsItWas() {
        Signal s = RisingConcern.judge(series(3, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2}));
        assertTrue(s != null, "four where the floor expects half of one");
        assertEquals(0.0, s.baselinePerWeek(), 1e-9, "the reason says 'averaged 0.0 a week', not the floor's 0.25");
        assertNull(RisingConcern.judge(series(3, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2})),
                "three where the floor expects half of one: p = 0.014");
    }

    @Test
    void quietOnSteadyCountsAndOnAOneWeekBlip() {
        assertNull(RisingConcern.judge(series(3, weeks(1, 2))), "an ordinary fortnight");
        assertNull(RisingConcern.judge(series(5, weeks(9, 1))), "a week of many concerns, then an ordinary one");
        assertNull(RisingConcern.judge(series(5, weeks(0, 9))), "one busy week alone is not yet a rise");
    }

    @Test
    void onePersonsRepeatedNoteOrTooFewConcernsAreNoTrend() {
        assertNull(RisingConcern.judge(series(1, weeks(4, 5))), "nine notes from one leader");
        int[] silent = new int[16];
        silent[14] = 1;
        silent[15] = 1;
        assertNull(RisingConcern.judge(series(2, silent)), "two notes on a theme that is usually silent: the floored baseline");
        silent[14] = 2;
        silent[15] = 2;
        assertTrue(RisingConcern.judge(series(2, silent)) != null, "four in two weeks from two people where there were none");
    }

    @Test
    void aSeriesTooShortToHaveABaselineIsNotJudged() {
        assertNull(RisingConcern.judge(series(4, 0, 0, 5, 6)));
        assertEquals(16, RisingConcern.WEEKS_NEEDED);
    }

    /**
     * The noise test (issue 10): a district of 100 schools × 10 themes, a year of weeks at steady Poisson rates (a
     * fixed seed, rates from a theme heard twice a term to five times a week); then the same district with the last
     * two weeks at three times the rate.
     */
    @Test
    void rarelyFiresOnSteadyNoiseAndFindsAThreefoldRise() {
        double[] rates = {0.1, 0.25, 0.5, 1, 2, 3, 5};
        Random random = new Random(20261202L);
        int series = 0;
        int firedAtYearEnd = 0;
        long evaluations = 0;
        long firedAnyWeek = 0;
        int[] planted = new int[rates.length];
        int[] plantedFired = new int[rates.length];
        for (int school = 0; school < 100; school++) {
            for (int theme = 0; theme < 10; theme++) {
                int r = (school * 10 + theme) % rates.length;
                double rate = rates[r];
                int[] year = new int[52];
                for (int w = 0; w < year.length; w++) {
                    year[w] = SimulatedWeeks.poisson(random, rate);
                }
                series++;
                SeriesKey key = new SeriesKey((long) school, theme);
                if (RisingConcern.judge(new WeeklyCounts(key, year, SimulatedWeeks.sourcesOf(year))) != null) {
                    firedAtYearEnd++;
                }
                for (int end = RisingConcern.WEEKS_NEEDED; end <= year.length; end++) {
                    int[] upTo = Arrays.copyOf(year, end);
                    evaluations++;
                    if (RisingConcern.judge(new WeeklyCounts(key, upTo, SimulatedWeeks.sourcesOf(upTo))) != null) {
                        firedAnyWeek++;
                    }
                }
                int[] rise = year.clone();
                rise[50] = SimulatedWeeks.poisson(random, 3 * rate);
                rise[51] = SimulatedWeeks.poisson(random, 3 * rate);
                planted[r]++;
                if (RisingConcern.judge(new WeeklyCounts(key, rise, SimulatedWeeks.sourcesOf(rise))) != null) {
                    plantedFired[r]++;
                }
            }
        }
        double falseAtYearEnd = firedAtYearEnd / (double) series;
        double falsePerEvaluation = firedAnyWeek / (double) evaluations;
        List<String> power = new ArrayList<>();
        for (int r = 0; r < rates.length; r++) {
            power.add(rates[r] + "/week: " + Math.round(100.0 * plantedFired[r] / planted[r]) + " %");
        }
        System.out.printf("Rising concern on steady noise: %.2f %% of %d series at the year's end, %.2f %% of %d weekly"
                + " evaluations; on a threefold rise over 2 weeks, by usual rate: %s%n", 100 * falseAtYearEnd, series,
                100 * falsePerEvaluation, evaluations, power);
        assertTrue(falseAtYearEnd <= 0.01, "steady series that fired at the year's end: " + falseAtYearEnd);
        assertTrue(falsePerEvaluation <= 0.01, "weekly evaluations that fired on steady noise: " + falsePerEvaluation);
        int busy = plantedFired[5] + plantedFired[6];
        int busySeries = planted[5] + planted[6];
        assertTrue(busy >= 0.9 * busySeries, "threefold rises found on themes heard 3-5 times a week: " + power);
    }
}
