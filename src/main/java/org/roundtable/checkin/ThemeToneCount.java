package org.roundtable.checkin;

import java.io.Serializable;
import org.roundtable.observation.Tone;

/** How many observations of one theme and tone a school had in a period. */
public record ThemeToneCount(String theme, Tone tone, long count) implements Serializable {
}
