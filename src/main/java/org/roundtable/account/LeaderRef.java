package org.roundtable.account;

import java.io.Serializable;

/** A leader as pages name them. */
public record LeaderRef(long id, String name) implements Serializable {
}
