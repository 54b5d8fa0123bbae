package org.roundtable.observation;

import java.io.Serializable;

/** A theme as lists and pickers show it. */
public record ThemeRef(long id, String name, boolean retired) implements Serializable {
}
