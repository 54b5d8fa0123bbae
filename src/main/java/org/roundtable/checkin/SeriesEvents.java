package org.roundtable.checkin;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * A check-in series as calendar events: one recurring event every other week from the first slot
 * ({@code RRULE:FREQ=WEEKLY;INTERVAL=2}, in the district's time zone so the hour survives daylight-saving
 * changes), {@code EXDATE} for slots that were skipped or have no check-in (the weeks a series was paused), an
 * override ({@code RECURRENCE-ID}) for each check-in moved to another time, and {@code UNTIL} the last check-in
 * while the series is paused. Names, school and times only: never the agenda or notes.
 */
final class SeriesEvents {

    /** What the events say about a series. */
    record Series(long id, String title, String schoolName, LocalDate firstOn, LocalTime timeOfDay, int durationMinutes,
            SeriesStatus status, long version) {
    }

    /** One generated check-in of the series. */
    record Occurrence(long id, LocalDate slotOn, LocalDateTime startsAt, int durationMinutes, Attendance.Status status,
            long version) {
    }

    private SeriesEvents() {
    }

    /**
     * The series' events: the recurring one, then one override per moved check-in; none for a paused series that
     * has no check-in left.
     *
     * @param occurrences the series' check-ins, any order
     * @param baseUrl     the portal's address for links back, or null
     */
    static List<VEvent> of(Series series, List<Occurrence> occurrences, ZoneId zone, String baseUrl) {
        TreeMap<LocalDate, Occurrence> bySlot = occurrences.stream()
                .collect(Collectors.toMap(Occurrence::slotOn, Function.identity(), (a, b) -> a, TreeMap::new));
        LocalDate last = bySlot.isEmpty() ? null : bySlot.lastKey();
        if (series.status() == SeriesStatus.PAUSED && last == null) {
            return List.of();
        }
        String uid = "checkin-series-" + series.id() + "@roundtable";
        Temporal first = at(series.firstOn(), series.timeOfDay(), zone);
        VEvent master = new VEvent(first, plus(first, series.durationMinutes()), series.title());
        Recur.Builder<Temporal> recur = new Recur.Builder<>().frequency(Frequency.WEEKLY).interval(2);
        if (series.status() == SeriesStatus.PAUSED) {
            // UNTIL is in UTC when DTSTART has a time zone (RFC 5545, 3.3.10).
            recur.until(last.atTime(series.timeOfDay()).atZone(zone).toInstant());
        }
        master.add(new RRule<>(recur.build()));

        List<Temporal> excluded = new ArrayList<>();
        List<VEvent> overrides = new ArrayList<>();
        LocalDate through = last == null ? series.firstOn().minusDays(1) : last;
        for (LocalDate slot : Biweekly.slots(series.firstOn(), series.firstOn(), through)) {
            Occurrence o = bySlot.get(slot);
            Temporal original = at(slot, series.timeOfDay(), zone);
            if (o == null || o.status() == Attendance.Status.SKIPPED) {
                excluded.add(original);
            } else if (!o.startsAt().equals(slot.atTime(series.timeOfDay())) || o.durationMinutes() != series.durationMinutes()) {
                Temporal start = at(o.startsAt(), zone);
                VEvent moved = new VEvent(start, plus(start, o.durationMinutes()), series.title());
                moved.add(new Uid(uid));
                moved.add(new RecurrenceId<>(original));
                common(moved, series, o.version(), baseUrl == null ? null : baseUrl + "/checkins/checkin.xhtml?id=" + o.id());
                overrides.add(moved);
            }
        }
        if (!excluded.isEmpty()) {
            // A list of dates does not take its zone from its values: name it, or the dates would be floating.
            master.add(utc(zone) ? new ExDate<>(new DateList<>(excluded))
                    : new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))), new DateList<>(excluded)));
        }
        master.add(new Uid(uid));
        common(master, series, series.version(), baseUrl == null ? null : baseUrl + "/checkins/index.xhtml");
        List<VEvent> events = new ArrayList<>(1 + overrides.size());
        events.add(master);
        events.addAll(overrides);
        return events;
    }

    private static void common(VEvent event, Series series, long version, String url) {
        event.add(new Location(series.schoolName()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, version)));
        event.add(new Status(Status.VALUE_CONFIRMED));
        if (url != null) {
            event.add(new Url(URI.create(url)));
        }
    }

    private static Temporal at(LocalDate day, LocalTime time, ZoneId zone) {
        return at(day.atTime(time), zone);
    }

    /** A local time of the district: with its time zone, or in UTC when the district keeps UTC. */
    private static Temporal at(LocalDateTime local, ZoneId zone) {
        ZonedDateTime z = local.atZone(zone);
        return utc(zone) ? z.toInstant() : z;
    }

    private static Temporal plus(Temporal start, int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    static boolean utc(ZoneId zone) {
        return zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
    }
}
