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

    public void forbidden() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        Object exception = ext.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        Object status = ext.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        // Services audit their own refusals; here the container's (web.xml roles) and Faces' (protected views).
        if (status != null && !(exception instanceof org.roundtable.security.AccessDeniedException)) {
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

    public void expired() {
        status(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static void status(int code) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
    }
}
