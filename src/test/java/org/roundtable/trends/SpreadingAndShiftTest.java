package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpreadingAndShiftTest {

    private static final long BEHAVIOR = 3L;

    private static WeeklyCounts steady(long school, long theme, int last, int beforeLast) {
        return new WeeklyCounts(new SeriesKey(school, theme),
                new int[] {1, 0, 1, 1, 2, 0, 1, 1, 0, 1, 2, 0, 1, 1, beforeLast, last}, 4);
    }

    @Test
    void aThemeRisingInThreeSchoolsAtOnceIsSpreading() {
        List<WeeklyCounts> district = new ArrayList<>();
        for (long school = 1; school <= 10; school++) {
            district.add(steady(school, BEHAVIOR, school <= 3 ? 5 : 1, school <= 3 ? 4 : 1));
        }
        List<Signal> signals = new Spreading().evaluate(Evidence.of(district));
        assertEquals(1, signals.size(), signals.toString());
        Signal s = signals.get(0);
        assertEquals(new SeriesKey(null, BEHAVIOR), s.key(), "district-wide, for the theme");
        assertEquals(3, s.schools());
        assertEquals(27, s.observed());
    }

    @Test
    void twoSchoolsRisingAreNotYetSpreading() {
        List<WeeklyCounts> district = new ArrayList<>();
        for (long school = 1; school <= 10; school++) {
            district.add(steady(school, BEHAVIOR, school <= 2 ? 5 : 1, school <= 2 ? 4 : 1));
        }
        assertTrue(new Spreading().evaluate(Evidence.of(district)).isEmpty());
        assertEquals(2, new RisingConcern().evaluate(Evidence.of(district)).size(), "each school's rise is its own signal");
    }

    @Test
    void sixWeeksAboveTheDistrictMedianIsAShiftFiveAreNot() {
        List<WeeklyCounts> district = new ArrayList<>();
        for (long school = 1; school <= 9; school++) {
            district.add(new WeeklyCounts(new SeriesKey(school, BEHAVIOR), new int[] {1, 1, 1, 1, 1, 1, 1, 1}, 2));
        }
        district.add(new WeeklyCounts(new SeriesKey(10L, BEHAVIOR), new int[] {0, 0, 2, 3, 2, 2, 3, 2}, 3));
        district.add(new WeeklyCounts(new SeriesKey(11L, BEHAVIOR), new int[] {0, 0, 0, 3, 2, 2, 3, 2}, 3));
        List<Signal> signals = new Shift().evaluate(Evidence.of(district));
        assertEquals(1, signals.size(), signals.toString());
        assertEquals(new SeriesKey(10L, BEHAVIOR), signals.get(0).key());
        assertEquals(14, signals.get(0).observed());
        assertEquals(1.0, signals.get(0).baselinePerWeek(), 1e-9, "the median school heard one a week");
    }

    @Test
    void aThemeMostSchoolsNeverHearDoesNotShiftEverySchoolThatHearsItOnce() {
        List<WeeklyCounts> district = new ArrayList<>();
        for (long school = 1; school <= 9; school++) {
            district.add(new WeeklyCounts(new SeriesKey(school, BEHAVIOR), new int[6], 0));
        }
        district.add(new WeeklyCounts(new SeriesKey(10L, BEHAVIOR), new int[] {1, 1, 1, 1, 1, 1}, 1));
        assertEquals(1, new Shift().evaluate(Evidence.of(district)).size(), "one school hearing it every week while no other does");
        district.add(new WeeklyCounts(new SeriesKey(11L, BEHAVIOR), new int[] {1, 1, 0, 1, 1, 1}, 1));
        assertEquals(1, new Shift().evaluate(Evidence.of(district)).size(), "a silent week breaks the run");
    }

    /** On steady noise (every school of a theme at the same rate) shifts and spreading are rare. */
    @Test
    void rarelyFireOnSteadyNoise() {
        Random random = new Random(42L);
        double[] rates = {0.25, 0.5, 1, 2, 3, 5, 1, 2, 0.5, 3};
        List<WeeklyCounts> district = new ArrayList<>();
        for (int theme = 0; theme < 10; theme++) {
            for (long school = 0; school < 100; school++) {
                int[] weeks = new int[52];
                for (int w = 0; w < weeks.length; w++) {
                    weeks[w] = SimulatedWeeks.poisson(random, rates[theme]);
                }
                district.add(new WeeklyCounts(new SeriesKey(school, theme), weeks, SimulatedWeeks.sourcesOf(weeks)));
            }
        }
        int shifts = new Shift().evaluate(Evidence.of(district)).size();
        System.out.printf("Shift on steady noise: %d of %d series; spreading: %d of 10 themes%n", shifts, district.size(),
                new Spreading().evaluate(Evidence.of(district)).size());
        assertTrue(shifts <= district.size() / 100, "shifts on steady noise: " + shifts);
        assertTrue(new Spreading().evaluate(Evidence.of(district)).isEmpty(), "no theme spreads on steady noise");
    }
}
