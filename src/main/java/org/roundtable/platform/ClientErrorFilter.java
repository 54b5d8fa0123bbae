package org.roundtable.platform;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Answers what a client caused — an expired or forged page state, a page or record that is not theirs, a value the
 * page's own checks would have refused, a post without the page's script nonce — with its error page and one line in the log. Without it the container
 * logs each as a full stack trace before showing the page (a scanner's hour of probing made 181 MB of log). Real
 * faults pass on to the 500 page, stack trace and all.
 */
public class ClientErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ClientErrorFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, res);
        } catch (ServletException | RuntimeException e) {
            Throwable cause = clientError(e);
            if (cause == null || res.isCommitted()) {
                throw e;
            }
            int status = status(cause);
            LOG.info(() -> String.format("Client error %d on %s %s by %s: %s", status, req.getMethod(), req.getRequestURI(),
                    req.getRemoteUser() == null ? req.getRemoteAddr() : req.getRemoteUser(), cause.getClass().getSimpleName()));
            req.setAttribute(RequestDispatcher.ERROR_EXCEPTION, cause);
            req.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, cause.getClass());
            req.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            req.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, req.getRequestURI());
            req.setAttribute(ErrorPage.LOGGED, Boolean.TRUE);
            res.resetBuffer();
            res.setStatus(status);
            req.getRequestDispatcher(page(cause)).forward(req, res);
        }
    }

    /** The client's error inside the exception chain, or null when this is a fault of the portal. */
    static Throwable clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException || t instanceof NotFoundException
                    || t instanceof AccessDeniedException || t instanceof ConstraintViolationException
                    || t instanceof InvalidRequestException || t instanceof CspException) {
                return t;
            }
        }
        return null;
    }

    static int status(Throwable cause) {
        if (cause instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (cause instanceof AccessDeniedException || cause instanceof ProtectedViewException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    static String page(Throwable cause) {
        if (cause instanceof ViewExpiredException) {
            return "/error/expired.xhtml";
        }
        return switch (status(cause)) {
            case HttpServletResponse.SC_NOT_FOUND -> "/error/404.xhtml";
            case HttpServletResponse.SC_FORBIDDEN -> "/error/403.xhtml";
            default -> "/error/400.xhtml";
        };
    }
}
