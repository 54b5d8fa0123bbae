package org.roundtable.checkin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The calendar arithmetic of a check-in series: a slot every 14 days on one weekday, counted in the district's
 * local dates, so month ends and daylight-saving changes never shift a meeting (15:00 stays 15:00 local time;
 * only its UTC instant moves by the hour).
 */
public final class Biweekly {

    public static final int INTERVAL_DAYS = 14;

    private Biweekly() {
    }

    /** The series' first slot: the first day on or after {@code startsOn} that falls on the weekday. */
    public static LocalDate firstSlot(LocalDate startsOn, DayOfWeek day) {
        return Objects.requireNonNull(startsOn, "startsOn").with(TemporalAdjusters.nextOrSame(Objects.requireNonNull(day, "day")));
    }

    /** Whether a day is one of the series' slots. */
    public static boolean isSlot(LocalDate first, LocalDate day) {
        long days = ChronoUnit.DAYS.between(first, day);
        return days >= 0 && days % INTERVAL_DAYS == 0;
    }

    /** The first slot on or after a day. */
    public static LocalDate slotOnOrAfter(LocalDate first, LocalDate day) {
        if (!day.isAfter(first)) {
            return first;
        }
        long days = ChronoUnit.DAYS.between(first, day);
        long steps = (days + INTERVAL_DAYS - 1) / INTERVAL_DAYS;
        return first.plusDays(steps * INTERVAL_DAYS);
    }

    /** The slots from {@code from} through {@code through}, both included, in order. */
    public static List<LocalDate> slots(LocalDate first, LocalDate from, LocalDate through) {
        List<LocalDate> slots = new ArrayList<>();
        for (LocalDate d = slotOnOrAfter(first, from); !d.isAfter(through); d = d.plusDays(INTERVAL_DAYS)) {
            slots.add(d);
        }
        return slots;
    }

    /**
     * The instant a slot starts in the district's zone. A time that does not exist that day (the hour skipped when
     * clocks go forward) moves forward by the gap, as calendar apps do.
     */
    public static ZonedDateTime at(LocalDate slot, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.of(slot, time), zone);
    }
}
