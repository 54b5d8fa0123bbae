package org.roundtable.security;

import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.Map;

/**
 * A part of a JPQL where clause that {@link AccessPolicy} adds to a query, with the parameters it needs.
 *
 * @param clause the condition, empty when the caller sees everything
 * @param params its named parameters
 */
public record Restriction(String clause, Map<String, Object> params) {

    /** No restriction: the caller sees every row. */
    public static final Restriction NONE = new Restriction("", Map.of());

    public Restriction {
        params = Map.copyOf(params);
    }

    /** Both restrictions. */
    public Restriction and(Restriction other) {
        if (clause.isEmpty()) {
            return other;
        }
        if (other.clause.isEmpty()) {
            return this;
        }
        Map<String, Object> both = new HashMap<>(params);
        both.putAll(other.params);
        return new Restriction(clause + " and " + other.clause, both);
    }

    /** The clause to append to a where clause that has conditions already: {@code " and ..."}, or nothing. */
    public String andClause() {
        return clause.isEmpty() ? "" : " and " + clause;
    }

    /** The clause as a whole where clause: {@code " where ..."}, or nothing. */
    public String whereClause() {
        return clause.isEmpty() ? "" : " where " + clause;
    }

    /** Sets the restriction's parameters on the query. */
    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** Adds the restriction's parameters to a map of parameters being collected for a query. */
    public void into(Map<String, Object> collected) {
        collected.putAll(params);
    }
}
