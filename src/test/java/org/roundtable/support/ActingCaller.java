package org.roundtable.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.Callable;
import org.roundtable.platform.AccessDeniedException;
import org.roundtable.security.Caller;
import org.roundtable.security.CurrentCaller;

/**
 * In in-container tests, services see the caller a test names here instead of the logged-in user, so one
 * deployment can walk the whole role × school matrix. Only in test deployments.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ActingCaller implements CurrentCaller {

    private static volatile Caller current;

    @Override
    public Caller get() {
        Caller c = current;
        if (c == null) {
            throw new AccessDeniedException("Not logged in");
        }
        return c;
    }

    /** Runs the work as the given caller. */
    public static <T> T as(Caller caller, Callable<T> work) throws Exception {
        Caller before = current;
        current = caller;
        try {
            return work.call();
        } finally {
            current = before;
        }
    }

    /** Runs the work as the given caller. */
    public static void as(Caller caller, Runnable work) {
        Caller before = current;
        current = caller;
        try {
            work.run();
        } finally {
            current = before;
        }
    }
}
