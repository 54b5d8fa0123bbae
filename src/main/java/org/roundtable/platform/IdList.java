package org.roundtable.platform;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * An IN list of ids as one parameter per id ({@code o.id in (:id0, :id1, …)}) rather than one list-valued parameter,
 * for the statements every page runs (a page's rows, their themes, the visits' leaders). Hibernate 6 translates a
 * query whose IN list is a single multi-valued parameter from HQL to SQL again on every execution, since its SQL
 * depends on the list's length — a tenth of the observation list's CPU in a profile (issue 12). With single-valued
 * parameters each length is a statement of its own whose translation Hibernate keeps: a page holds at most
 * {@value #MAX} ids, so a query has at most that many forms.
 */
public final class IdList {

    /** The most ids one list holds (the largest page). */
    public static final int MAX = 100;

    private IdList() {
    }

    /** {@code path in (:id0, …, :idN)} for a list of {@code size} ids (at least one). */
    public static String in(String path, int size) {
        if (size < 1 || size > MAX) {
            throw new IllegalArgumentException("An id list holds 1 to " + MAX + " ids, not " + size);
        }
        return IntStream.range(0, size).mapToObj(i -> ":id" + i).collect(Collectors.joining(", ", path + " in (", ")"));
    }

    /** Binds the ids to the parameters {@link #in} wrote. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("id" + i, ids.get(i));
        }
        return query;
    }
}
