package org.roundtable.rounding;

import java.io.Serializable;

/** Completed visits of one leader this term. */
public record LeaderCount(long userId, String name, long visits) implements Serializable {
}
