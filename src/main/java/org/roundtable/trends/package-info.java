/**
 * Trends and early warning (issue 10): what leaders hear, counted per school, theme and week, and the rules that
 * turn those counts into explained signals. Each rule is one small class behind {@link org.roundtable.trends.Rule};
 * the statistics are plain Java, unit-tested on simulated districts.
 */
package org.roundtable.trends;
