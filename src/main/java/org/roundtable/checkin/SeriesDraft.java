package org.roundtable.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** The form that starts a check-in series. Validated at the service boundary. */
public record SeriesDraft(
        @NotNull(message = "{series.principal.required}") Long principalId,
        @NotNull(message = "{series.leader.districtOnly}") Long leaderId,
        @NotNull(message = "{series.day.required}") DayOfWeek dayOfWeek,
        @NotNull(message = "{series.time.required}") LocalTime timeOfDay,
        @NotNull(message = "{series.duration.range}")
        @Min(value = CheckInSeries.MIN_MINUTES, message = "{series.duration.range}")
        @Max(value = CheckInSeries.MAX_MINUTES, message = "{series.duration.range}") Integer durationMinutes,
        @NotNull(message = "{series.start.required}") LocalDate startsOn) implements Serializable {
}
