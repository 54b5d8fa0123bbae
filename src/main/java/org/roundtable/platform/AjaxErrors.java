package org.roundtable.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandlerFactory;

/**
 * OmniFaces' full AJAX exception handler (an AJAX request's error shows its error page, as web.xml maps it), which
 * also tells a client's error it cannot know by type: a table paged with a page size it does not offer (PrimeFaces
 * refuses that with an {@link IllegalArgumentException}, which a request from the page's own paginator never
 * causes) is a bad request with one log line, not a server fault with a stack trace. Non-AJAX requests get the same
 * answer from {@link ClientErrorFilter}.
 */
public class AjaxErrors extends FullAjaxExceptionHandler {

    public AjaxErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected Throwable findExceptionRootCause(FacesContext context, Throwable exception) {
        Throwable root = super.findExceptionRootCause(context, exception);
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (ClientErrorFilter.isForgedPaging(t)) {
                return new InvalidRequestException(null, "error.400.text", t);
            }
        }
        return root;
    }

    /**
     * Installs {@link AjaxErrors} (faces-config.xml) in place of OmniFaces' own handler. OmniFaces 4.7 installs its
     * FacesExceptionFilter only for its own factory class, not for a subclass, so it does not here: the requests that
     * are not AJAX get their error pages from {@link ClientErrorFilter} (what a client caused) and web.xml (the rest).
     */
    public static class Factory extends FullAjaxExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new WhenQueued(getWrapped().getExceptionHandler());
        }
    }

    /**
     * Makes the {@link AjaxErrors} only when an exception is queued: Faces makes an exception handler for every request
     * and asks it to handle after every phase, and OmniFaces' handler reads its context parameters and loads their
     * exception classes when it is made (a hundredth of the observation list's CPU under load, issue 12). Nothing
     * queued, nothing for it to do: the request's own handler goes on as OmniFaces' would.
     */
    static final class WhenQueued extends ExceptionHandlerWrapper {

        WhenQueued(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            if (getWrapped().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
                new AjaxErrors(getWrapped()).handle();
            } else {
                getWrapped().handle();
            }
        }
    }
}
