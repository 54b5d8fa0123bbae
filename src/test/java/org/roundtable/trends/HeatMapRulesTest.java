package org.roundtable.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.observation.SourceType;

/** The heat map's bands and windows, and the confirmed-by-two-sources rule. */
class HeatMapRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void aCellIsBandedAgainstItsOwnSchoolsUsualRate() {
        assertEquals(Band.USUAL, Band.of(2, 2, 1.0), "two in two weeks where one a week is usual");
        assertEquals(Band.ABOVE, Band.of(5, 2, 1.0), "five where two were expected: p about 0.05");
        assertEquals(Band.WELL_ABOVE, Band.of(7, 2, 1.0), "seven where two were expected: p about 0.005");
        assertEquals(Band.BELOW, Band.of(2, 4, 3.0), "two in four weeks where three a week is usual");
        assertEquals(Band.USUAL, Band.of(0, 2, 0.0), "nothing where nothing is usual");
    }

    @Test
    void aBigSchoolsUsualNumberDoesNotGlow() {
        assertEquals(Band.USUAL, Band.of(20, 2, 10.0), "twenty in two weeks at a school that hears ten a week");
        assertEquals(Band.WELL_ABOVE, Band.of(6, 2, 0.5), "six where one was expected");
    }

    @Test
    void aThemeAlmostNeverHeardDoesNotGlowOnItsFirstNote() {
        assertEquals(Band.USUAL, Band.of(1, 2, 0.0), "the baseline is floored at a quarter a week");
        assertEquals(Band.ABOVE, Band.of(2, 2, 0.0));
    }

    @Test
    void presetsEndTodayAndCountWholeDays() {
        Window two = Window.of(Window.Preset.WEEKS_2, TODAY);
        assertEquals(LocalDate.of(2026, 11, 19), two.from());
        assertEquals(TODAY, two.to());
        assertEquals(14, two.days());
        assertEquals(LocalDate.of(2026, 8, 27), two.baselineFrom(), "twelve weeks before the window");
        assertEquals(84, Window.of(Window.Preset.WEEKS_12, TODAY).days());
        assertEquals(LocalDate.of(2026, 8, 1), Window.of(Window.Preset.TERM, TODAY).from(), "autumn term");
        assertEquals(LocalDate.of(2027, 1, 1), Window.of(Window.Preset.TERM, LocalDate.of(2027, 3, 9)).from(), "spring term");
        assertThrows(IllegalArgumentException.class, () -> Window.of(Window.Preset.CUSTOM, TODAY));
    }

    @Test
    void chosenDatesAreCheckedWithAReasonTheLeaderCanFix() {
        assertNull(Window.problem(LocalDate.of(2026, 9, 1), TODAY, TODAY));
        assertNull(Window.problem(TODAY, TODAY, TODAY), "one day is a window");
        assertEquals("trends.window.incomplete", Window.problem(null, TODAY, TODAY));
        assertEquals("trends.window.order", Window.problem(TODAY, TODAY.minusDays(1), TODAY));
        assertEquals("trends.window.future", Window.problem(TODAY, TODAY.plusDays(1), TODAY));
        assertEquals("trends.window.tooLong", Window.problem(TODAY.minusYears(3).minusDays(5), TODAY, TODAY));
        assertNull(Window.problem(TODAY.minusYears(3), TODAY, TODAY), "three years exactly");
        assertThrows(IllegalArgumentException.class, () -> new Window(TODAY, TODAY.minusDays(1), Window.Preset.CUSTOM));
    }

    private static Map<SourceType, Integer> heard(SourceType a, int n, SourceType b, int m) {
        Map<SourceType, Integer> by = new EnumMap<>(SourceType.class);
        by.put(a, n);
        if (b != null) {
            by.put(b, m);
        }
        return by;
    }

    @Test
    void roundingAndACheckInHearingTheSameConcernConfirmEachOther() {
        SeriesKey westview = new SeriesKey(7L, 3L);
        SeriesKey roosevelt = new SeriesKey(9L, 3L);
        SeriesKey lincoln = new SeriesKey(4L, 5L);
        Evidence evidence = new Evidence(List.of(), Map.of(
                westview, heard(SourceType.ROUNDING_VISIT, 2, SourceType.CHECK_IN, 1),
                roosevelt, heard(SourceType.ROUNDING_VISIT, 6, null, 0),
                lincoln, heard(SourceType.CHECK_IN, 1, SourceType.CRITICAL_CONVERSATION, 1)));
        List<Signal> signals = new ConfirmedBySources().evaluate(evidence);
        assertEquals(1, signals.size(), signals.toString());
        assertEquals(westview, signals.get(0).key());
        assertEquals(3, signals.get(0).observed());
        assertEquals(ConfirmedBySources.WINDOW_WEEKS, signals.get(0).windowWeeks());
    }

    @Test
    void aCriticalConversationConfirmsRoundingToo() {
        SeriesKey key = new SeriesKey(7L, 3L);
        assertEquals(1, new ConfirmedBySources().evaluate(new Evidence(List.of(),
                Map.of(key, heard(SourceType.CRITICAL_CONVERSATION, 1, SourceType.ROUNDING_VISIT, 1)))).size());
        assertTrue(new ConfirmedBySources().evaluate(Evidence.of(List.of())).isEmpty());
    }

    @Test
    void aVoiceIsAConversationAMeetingOrALeaderOnTheirOwn() {
        assertEquals("conversation:12", TrendCounts.voice(SourceType.ROUNDING_VISIT, 5L, 12L, 1L));
        assertEquals(TrendCounts.voice(SourceType.CHECK_IN, 8L, 30L, 1L), TrendCounts.voice(SourceType.CHECK_IN, 8L, 31L, 2L),
                "two points of one check-in are one voice");
        assertEquals(TrendCounts.voice(null, null, null, 4L), TrendCounts.voice(null, null, null, 4L),
                "one leader's own notes are one voice");
        assertTrue(!TrendCounts.voice(null, null, null, 4L).equals(TrendCounts.voice(null, null, null, 5L)));
    }
}
