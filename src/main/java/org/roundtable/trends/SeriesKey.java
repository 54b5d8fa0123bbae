package org.roundtable.trends;

/** A series' school (null: the whole district) and theme. */
public record SeriesKey(Long schoolId, long themeId) {
}
