package org.roundtable.observation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.roundtable.people.RoleGroup;

/**
 * One theme of an observation, carrying the observation's school, day, leaders-only flag, tone and role group, so
 * that a theme's observations are read in the list's order from one index (V8: theme, day; theme, school, flag,
 * day; V9: theme, tone, day; theme, role group, day) instead of joining a million observations and sorting them;
 * and its week and source, so the trends count concerns per school, theme and week from an index alone (V11).
 * The observation keeps the copies in step when it is revised, and
 * {@link Observations#flagLeadersOnly} changes the flag on both in the same transaction.
 */
@Entity
@Table(name = "observation_theme")
public class ObservationTheme {

    /** The observation and the theme: the row's identity. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "observation_id")
        private Long observationId;

        @Column(name = "theme_id")
        private Long themeId;

        protected Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(observationId, k.observationId) && Objects.equals(themeId, k.themeId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(observationId, themeId);
        }
    }

    @EmbeddedId
    private Key key = new Key();

    @MapsId("observationId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "observation_id")
    private Observation observation;

    @MapsId("themeId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(name = "leaders_only", nullable = false)
    private boolean leadersOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "tone", nullable = false, length = 20)
    private Tone tone;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_group", nullable = false, length = 30)
    private RoleGroup roleGroup;

    /** The Monday of the observation's week, so the trends count weeks from an index (V11). */
    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", length = 30)
    private SourceType sourceType;

    protected ObservationTheme() {
    }

    ObservationTheme(Observation observation, Theme theme) {
        this.observation = observation;
        this.theme = theme;
        follow();
    }

    /** Copies the observation's school, day, flag, tone and role group again (after a revision). */
    final void follow() {
        this.schoolId = observation.getSchool().getId();
        this.observedOn = observation.getObservedOn();
        this.leadersOnly = observation.isLeadersOnly();
        this.tone = observation.getTone();
        this.roleGroup = observation.getRoleGroup();
        this.weekStart = weekOf(observedOn);
        this.sourceType = observation.getSourceType();
    }

    /** The Monday the week of a day starts on (weeks run Monday to Sunday, as V11 computes them). */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public Theme getTheme() { return theme; }
    public LocalDate getObservedOn() { return observedOn; }
    public Long getSchoolId() { return schoolId; }
}
