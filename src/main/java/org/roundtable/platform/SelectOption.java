package org.roundtable.platform;

/**
 * One choice of a plain {@code <select>} (a GET form's field), its label already in the reader's words: the page
 * writes a list of them with {@code <rt:options value="#{...}"/>} ({@link SelectOptions}).
 *
 * @param value what the form sends
 * @param label what the reader sees
 * @param selected whether the address chose it
 */
public record SelectOption(String value, String label, boolean selected) {
}
