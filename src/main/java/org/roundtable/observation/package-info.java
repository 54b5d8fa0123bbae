/**
 * Observations, the atom of the district's signal: anything a leader notices at a school, with a date, a
 * role group, one or more themes and a tone. {@link org.roundtable.observation.Observations} records,
 * revises and searches them (paged DTO projections, filters in SQL); {@link org.roundtable.observation.Themes}
 * keeps the district's theme list. Later capabilities (rounding, check-ins) create observations with a
 * {@link org.roundtable.observation.SourceType} and id.
 */
package org.roundtable.observation;
