package org.roundtable.people;

import java.io.Serializable;

/** A school as a form's menu offers it: its id and name. */
public record SchoolChoice(long id, String name) implements Serializable {
}
