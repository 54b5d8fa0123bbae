package org.roundtable.observation;

import java.io.Serializable;

/** How many observations of one theme and tone a school had in a period. */
public record ThemeToneCount(String theme, Tone tone, long count) implements Serializable {
}
