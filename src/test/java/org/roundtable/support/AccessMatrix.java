package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.roundtable.platform.AccessDeniedException;
import org.roundtable.security.Caller;
import org.roundtable.platform.NotFoundException;
import org.roundtable.security.Role;

/**
 * The role × action matrix of the in-container tests: five callers (two district leaders, the principal of
 * school A, the principal of school B, an admin), each action called as every one of them, and every cell that
 * differs from the expected outcome reported at once.
 */
public final class AccessMatrix {

    public enum Who { SUPERINTENDENT, ASSISTANT, PRINCIPAL_A, PRINCIPAL_B, ADMIN }

    public enum Outcome { OK, DENIED, NOT_FOUND }

    public static final Map<Who, Outcome> EVERYONE = expect(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK);
    public static final Map<Who, Outcome> ADMINS_ONLY = expect(Outcome.DENIED, Outcome.DENIED, Outcome.DENIED,
            Outcome.DENIED, Outcome.OK);
    public static final Map<Who, Outcome> LEADERS_OF_A = expect(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.NOT_FOUND,
            Outcome.DENIED);
    public static final Map<Who, Outcome> DISTRICT_LEADERS = expect(Outcome.OK, Outcome.OK, Outcome.DENIED,
            Outcome.DENIED, Outcome.DENIED);
    public static final Map<Who, Outcome> LEADERS = expect(Outcome.OK, Outcome.OK, Outcome.OK, Outcome.OK, Outcome.DENIED);

    private final Map<Who, Caller> callers = new EnumMap<>(Who.class);

    /** Creates the five callers; school A and B are the principals' schools. */
    public AccessMatrix(TestData data, long schoolA, long schoolB) {
        callers.put(Who.SUPERINTENDENT, data.account(Role.SUPERINTENDENT, null));
        callers.put(Who.ASSISTANT, data.account(Role.ASSISTANT_SUPERINTENDENT, null));
        callers.put(Who.PRINCIPAL_A, data.account(Role.PRINCIPAL, schoolA));
        callers.put(Who.PRINCIPAL_B, data.account(Role.PRINCIPAL, schoolB));
        callers.put(Who.ADMIN, data.account(Role.ADMIN, null));
    }

    public Caller get(Who who) {
        return callers.get(who);
    }

    public static Map<Who, Outcome> expect(Outcome sup, Outcome asst, Outcome pa, Outcome pb, Outcome admin) {
        Map<Who, Outcome> m = new EnumMap<>(Who.class);
        m.put(Who.SUPERINTENDENT, sup);
        m.put(Who.ASSISTANT, asst);
        m.put(Who.PRINCIPAL_A, pa);
        m.put(Who.PRINCIPAL_B, pb);
        m.put(Who.ADMIN, admin);
        return m;
    }

    /** Calls the action as each caller and fails with the whole list of cells that differ from the matrix. */
    public void check(String action, Map<Who, Outcome> expected, Function<Who, Callable<?>> call) {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            Outcome actual;
            try {
                ActingCaller.as(callers.get(who), call.apply(who));
                actual = Outcome.OK;
            } catch (AccessDeniedException e) {
                actual = Outcome.DENIED;
            } catch (NotFoundException e) {
                actual = Outcome.NOT_FOUND;
            } catch (Exception e) {
                wrong.add(who + ": unexpected " + e);
                continue;
            }
            if (actual != expected.get(who)) {
                wrong.add(who + ": expected " + expected.get(who) + " but was " + actual);
            }
        }
        assertTrue(wrong.isEmpty(), action + " -> " + wrong);
    }
}
