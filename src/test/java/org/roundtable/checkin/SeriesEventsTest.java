package org.roundtable.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;
import org.roundtable.checkin.Attendance.Status;
import org.roundtable.checkin.SeriesEvents.Occurrence;
import org.roundtable.checkin.SeriesEvents.Series;

/**
 * A series as iCalendar, written and read back with ical4j: the recurrence every other week keeps its local hour
 * across daylight-saving changes, skipped and missing slots are excluded, moved check-ins are overrides, and a
 * paused series ends with its last check-in.
 */
class SeriesEventsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime HALF_PAST_THREE = LocalTime.of(15, 30);
    // Thursdays every other week from 15 October 2026; clocks go back on 1 November.
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 15);

    private static Series series(SeriesStatus status) {
        return new Series(7, "Check-in: Dana Whitfield (Westview Middle School)", "Westview Middle School", FIRST,
                HALF_PAST_THREE, 45, status, 3);
    }

    private static List<Occurrence> occurrences(LocalDate through) {
        List<Occurrence> list = new ArrayList<>();
        long id = 100;
        for (LocalDate slot : Biweekly.slots(FIRST, FIRST, through)) {
            list.add(new Occurrence(id++, slot, slot.atTime(HALF_PAST_THREE), 45, Status.SCHEDULED, 0));
        }
        return list;
    }

    private static Calendar roundTrip(List<VEvent> events, ZoneId zone) throws Exception {
        Calendar calendar = new Calendar().withProdId("-//Roundtable//test//EN").withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(new CalScale(CalScale.VALUE_GREGORIAN)).getFluentTarget();
        if (!zone.getRules().isFixedOffset()) {
            calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone());
        }
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(calendar, out);
        Calendar parsed = new CalendarBuilder().build(new StringReader(out.toString()));
        parsed.validate();
        return parsed;
    }

    private static List<LocalDateTime> localStarts(VEvent event, ZoneId zone, LocalDate from, LocalDate to) {
        Period<ZonedDateTime> window = new Period<>(from.atStartOfDay(zone), to.atStartOfDay(zone));
        return event.<ZonedDateTime>calculateRecurrenceSet(window).stream()
                .map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(zone).toLocalDateTime())
                .sorted().toList();
    }

    private static VEvent master(Calendar c) {
        return c.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void everyOtherWeekAtTheSameLocalHourAcrossTheChangeOfClocks() throws Exception {
        Calendar c = roundTrip(SeriesEvents.of(series(SeriesStatus.ACTIVE), occurrences(LocalDate.of(2026, 12, 24)),
                NEW_YORK, "https://portal.example.org"), NEW_YORK);
        String text = c.toString();
        assertTrue(text.contains("RRULE:FREQ=WEEKLY;INTERVAL=2"), text);
        assertTrue(text.contains("DTSTART;TZID=America/New_York:20261015T153000"), text);
        assertTrue(text.contains("BEGIN:VTIMEZONE"), text);
        assertEquals("FREQ=WEEKLY;INTERVAL=2", master(c).getProperty(Property.RRULE).orElseThrow().getValue(),
                "an active series goes on");

        List<LocalDateTime> starts = localStarts(master(c), NEW_YORK, FIRST, LocalDate.of(2027, 1, 1));
        assertEquals(Biweekly.slots(FIRST, FIRST, LocalDate.of(2026, 12, 31)).stream()
                .map(d -> d.atTime(HALF_PAST_THREE)).toList(), starts);
        // 15:30 in New York is 19:30 UTC before 1 November and 20:30 UTC after it.
        List<ZonedDateTime> utc = master(c).<ZonedDateTime>calculateRecurrenceSet(new Period<>(
                FIRST.atStartOfDay(NEW_YORK), LocalDate.of(2026, 11, 20).atStartOfDay(NEW_YORK))).stream()
                .map(p -> ZonedDateTime.from(p.getStart()).withZoneSameInstant(ZoneOffset.UTC)).sorted().toList();
        assertEquals(List.of(19, 19, 20), utc.stream().map(ZonedDateTime::getHour).toList());
    }

    @Test
    void skippedAndMissingSlotsAreExcludedAndAMovedCheckInIsAnOverride() throws Exception {
        List<Occurrence> list = new ArrayList<>(occurrences(LocalDate.of(2026, 12, 24)));
        // 29 October skipped; 26 November never generated (the series was paused over it); 10 December moved.
        list.replaceAll(o -> o.slotOn().equals(LocalDate.of(2026, 10, 29))
                ? new Occurrence(o.id(), o.slotOn(), o.startsAt(), 45, Status.SKIPPED, 1) : o);
        list.removeIf(o -> o.slotOn().equals(LocalDate.of(2026, 11, 26)));
        list.replaceAll(o -> o.slotOn().equals(LocalDate.of(2026, 12, 10))
                ? new Occurrence(o.id(), o.slotOn(), LocalDateTime.of(2026, 12, 11, 10, 0), 45, Status.SCHEDULED, 2) : o);

        Calendar c = roundTrip(SeriesEvents.of(series(SeriesStatus.ACTIVE), list, NEW_YORK, null), NEW_YORK);
        List<LocalDateTime> starts = localStarts(master(c), NEW_YORK, FIRST, LocalDate.of(2026, 12, 31));
        assertFalse(starts.contains(LocalDateTime.of(2026, 10, 29, 15, 30)), "skipped: " + starts + master(c));
        assertFalse(starts.contains(LocalDateTime.of(2026, 11, 26, 15, 30)), "no check-in: " + starts);
        assertTrue(starts.contains(LocalDateTime.of(2026, 11, 12, 15, 30)), starts.toString());

        List<VEvent> overrides = c.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).toList();
        assertEquals(1, overrides.size());
        VEvent moved = overrides.get(0);
        assertEquals(master(c).getUid(), moved.getUid());
        assertEquals("20261210T153000", moved.getProperty(Property.RECURRENCE_ID).orElseThrow().getValue());
        assertEquals("20261211T100000", moved.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("America/New_York",
                moved.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue());
    }

    @Test
    void aPausedSeriesEndsWithItsLastCheckIn() throws Exception {
        Calendar c = roundTrip(SeriesEvents.of(series(SeriesStatus.PAUSED), occurrences(LocalDate.of(2026, 11, 13)),
                NEW_YORK, null), NEW_YORK);
        List<LocalDateTime> starts = localStarts(master(c), NEW_YORK, FIRST, LocalDate.of(2027, 6, 1));
        assertEquals(List.of(LocalDateTime.of(2026, 10, 15, 15, 30), LocalDateTime.of(2026, 10, 29, 15, 30),
                LocalDateTime.of(2026, 11, 12, 15, 30)), starts);
        assertEquals(List.of(), SeriesEvents.of(series(SeriesStatus.PAUSED), List.of(), NEW_YORK, null),
                "a paused series with no check-in left has no event");
    }

    @Test
    void aDistrictOnUtcNeedsNoTimeZoneDefinition() throws Exception {
        Calendar c = roundTrip(SeriesEvents.of(series(SeriesStatus.ACTIVE), occurrences(LocalDate.of(2026, 11, 13)),
                ZoneOffset.UTC, null), ZoneOffset.UTC);
        String text = c.toString();
        assertTrue(text.contains("DTSTART:20261015T153000Z"), text);
        assertFalse(text.contains("TZID"), text);
        assertEquals(DayOfWeek.THURSDAY, localStarts(master(c), ZoneOffset.UTC, FIRST, LocalDate.of(2026, 12, 1))
                .get(2).getDayOfWeek());
    }
}
