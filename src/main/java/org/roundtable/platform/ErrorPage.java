package org.roundtable.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.roundtable.platform.AuditLog.Action;

/**
 * Backs the error pages: sets the status the page stands for and audits a 403 raised by the container
 * (web.xml constraints) or by Faces (a protected view without its token); services audit their own refusals.
 */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    AuditLog audit;

    /** Set by whoever audited a refusal already (a service, the access filter), so the error page does not again. */
    public static final String AUDITED = "org.roundtable.refusalAudited";

    /** Set by {@link ClientErrorFilter} once it has logged the client's error, so the page does not log it again. */
    static final String LOGGED = "org.roundtable.clientErrorLogged";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ErrorPage.class.getName());

    public void forbidden() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        Object exception = ext.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object status = ext.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        // Services and the access filter audit their own refusals; here Faces' (a protected view without its token).
        if (status != null && !(exception instanceof org.roundtable.platform.AccessDeniedException)
                && ext.getRequestMap().get(AUDITED) == null) {
            Object uri = ext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
            audit.record(ext.getRemoteUser(), Action.ACCESS_DENIED, "page", uri == null ? null : uri.toString(),
                    exception == null ? "403" : exception.getClass().getSimpleName());
        }
        status(HttpServletResponse.SC_FORBIDDEN);
    }

    public void notFound() {
        status(HttpServletResponse.SC_NOT_FOUND);
    }

    public void serverError() {
        status(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    /**
     * A request the portal cannot use (a value over its limit that skipped the page's checks, a replayed or forged
     * post): answered 400 with one log line, no stack trace.
     */
    public void badRequest() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        Object exception = ext.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = ext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        status(HttpServletResponse.SC_BAD_REQUEST);
        if (ext.getRequestMap().get(LOGGED) != null) {
            return;
        }
        LOG.info(() -> "Bad request to " + uri + " by " + (ext.getRemoteUser() == null ? "a visitor" : ext.getRemoteUser())
                + ": " + (exception instanceof Throwable t ? t.getClass().getSimpleName() + ": " + firstLine(t.getMessage()) : "-"));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /**
     * A statement ran past its time (persistence.xml's query timeout): 503, and one warning line naming the page, so
     * an operator sees which page is slow without a stack trace per request.
     */
    public void busy() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        Object uri = ext.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        status(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        LOG.warning(() -> "A statement ran out of time on " + uri + " for "
                + (ext.getRemoteUser() == null ? "a visitor" : ext.getRemoteUser()));
    }

    public void expired() {
        status(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static void status(int code) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
    }
}
