package org.roundtable.observation;

/**
 * The orders the observation list offers, each backed by an index on {@code observation} alone, or on a theme's rows
 * when the list is of one theme (V8, V9), so a page is read in order instead of sorting the table: newest (or
 * oldest) first, or by tone or role group and then by date.
 * Sorting a district's million observations by school or author name would need the join that sorted every row;
 * the list filters by school instead.
 */
public enum ObservationSort {
    DATE(""), TONE("tone"), ROLE_GROUP("roleGroup");

    private final String first;

    ObservationSort(String first) {
        this.first = first;
    }

    /**
     * The JPQL order by over the given entity alias (its {@code tone} or {@code roleGroup}), ending on the day and the
     * id at the given paths (a stable order for paging).
     */
    String orderBy(String alias, String day, String id, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return (first.isEmpty() ? "" : alias + "." + first + direction + ", ") + day + direction + ", " + id + direction;
    }
}
