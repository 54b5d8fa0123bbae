package org.roundtable.observation;

/** How an observation sounds; the bundle key {@code tone.NAME} is its label. */
public enum Tone {
    CELEBRATION, CONCERN, IDEA
}
