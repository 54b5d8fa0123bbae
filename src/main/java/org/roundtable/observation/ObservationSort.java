package org.roundtable.observation;

/**
 * The orders the observation list offers, each backed by an index on {@code observation} alone (V8), so a page is
 * read in order instead of sorting the table: newest (or oldest) first, or by tone or role group and then by date.
 * Sorting a district's million observations by school or author name would need the join that sorted every row;
 * the list filters by school instead.
 */
public enum ObservationSort {
    DATE(""), TONE("o.tone"), ROLE_GROUP("o.roleGroup");

    private final String first;

    ObservationSort(String first) {
        this.first = first;
    }

    /** The JPQL order by, ending on the day and the id at the given paths (a stable order for paging). */
    String orderBy(String day, String id, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return (first.isEmpty() ? "" : first + direction + ", ") + day + direction + ", " + id + direction;
    }
}
