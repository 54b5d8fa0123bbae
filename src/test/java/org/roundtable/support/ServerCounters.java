package org.roundtable.support;

import static org.roundtable.support.ActingCaller.as;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.roundtable.security.Caller;

/**
 * What MariaDB did for a service call (in-container tests): its session counters of rows read through the handlers,
 * rows sorted and temporary tables made, taken on the connection of a transaction around the call, say what the
 * plans of the call's statements did — the plan check of the district-scale ITs.
 */
public final class ServerCounters {

    private static final List<String> READS = List.of("Handler_read_first", "Handler_read_key", "Handler_read_last",
            "Handler_read_next", "Handler_read_prev", "Handler_read_rnd", "Handler_read_rnd_next");

    private ServerCounters() {
    }

    /** Rows read through the handlers, rows sorted, temporary tables made. */
    public record Reads(long rows, long sortedRows, long temporaryTables) {
        @Override
        public String toString() {
            return rows + " rows" + (sortedRows > 0 ? ", " + sortedRows + " sorted" : "")
                    + (temporaryTables > 0 ? ", " + temporaryTables + " temporary tables" : "");
        }
    }

    /** Runs the call as the caller in a transaction of its own (rolled back) and returns what its statements cost. */
    public static Reads measure(EntityManager em, UserTransaction utx, Caller caller, Callable<?> call) throws Exception {
        utx.begin();
        try {
            Map<String, Long> before = status(em);
            Map<String, Long> idle = status(em); // what asking for the counters costs by itself
            as(caller, call);
            Map<String, Long> after = status(em);
            Function<String, Long> delta = k -> (after.get(k) - idle.get(k)) - (idle.get(k) - before.get(k));
            return new Reads(READS.stream().mapToLong(delta::apply).sum(), delta.apply("Sort_rows"),
                    delta.apply("Created_tmp_tables"));
        } finally {
            utx.rollback();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> status(EntityManager em) {
        Map<String, Long> values = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("show session status where Variable_name like 'Handler_read%'"
                + " or Variable_name in ('Sort_rows', 'Created_tmp_tables')").getResultList();
        rows.forEach(r -> values.put(String.valueOf(r[0]), Long.parseLong(String.valueOf(r[1]))));
        return values;
    }
}
