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
    /** The field PrimeFaces adds to every post with the page's Content-Security-Policy nonce. */
    private static final String NONCE = "primefaces.nonce";
    /** A static page for a post that cannot be answered with a Faces page. */
    static final String REJECTED = "/error/rejected.html";
    /** A static page for an upload over the size the portal takes. */
    static final String TOO_LARGE = "/error/too-large.html";

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
            if (isTooLarge(cause)) {
                // a file over the servlet's limit: the request's parameters cannot be read at all, so no Faces page
                LOG.info(() -> String.format("Client error 413 on %s %s by %s: an upload over the size limit", req.getMethod(),
                        req.getRequestURI(), req.getRemoteUser() == null ? req.getRemoteAddr() : req.getRemoteUser()));
                staticPage(req, res, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
                return;
            }
            int status = status(cause);
            LOG.info(() -> String.format("Client error %d on %s %s by %s: %s", status, req.getMethod(), req.getRequestURI(),
                    req.getRemoteUser() == null ? req.getRemoteAddr() : req.getRemoteUser(), cause.getClass().getSimpleName()));
            res.resetBuffer();
            res.setStatus(status);
            // A post without the page's script nonce (replayed or scripted: a browser's always has it) cannot be shown a
            // Faces page at all, since Faces would refuse the same post again while rendering it.
            boolean withoutNonce = "POST".equals(req.getMethod()) && req.getParameter(NONCE) == null;
            String page = withoutNonce ? REJECTED : page(cause);
            if (page.endsWith(".html")) {
                staticPage(req, res, status, page);
                return;
            }
            req.setAttribute(RequestDispatcher.ERROR_EXCEPTION, cause);
            req.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, cause.getClass());
            req.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            req.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, req.getRequestURI());
            req.setAttribute(ErrorPage.LOGGED, Boolean.TRUE);
            req.getRequestDispatcher(page).forward(req, res);
        }
    }

    /**
     * Writes a static page as the answer, without a dispatch: Faces would check the same post's missing nonce again,
     * or fail to read an oversized post's parameters again. Faces may have taken the response's writer already, so the
     * page goes through it; and no error attribute may remain on the request, or the container would show its error
     * page after all.
     */
    private static void staticPage(HttpServletRequest req, HttpServletResponse res, int status, String page) throws IOException {
        req.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
        res.resetBuffer();
        res.setStatus(status);
        res.setContentType("text/html");
        res.setCharacterEncoding("UTF-8");
        try (java.io.InputStream in = req.getServletContext().getResourceAsStream(page)) {
            res.getWriter().write(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        res.flushBuffer();
    }

    /**
     * An upload over the multipart limit of {@code web.xml}: the container refuses to parse the request (its
     * file-upload code throws while the parameters are read).
     */
    static boolean isTooLarge(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return t instanceof ServletException && trace.length > 0 && trace[0].getClassName().startsWith("org.apache.catalina.fileupload.")
                && t.getMessage() != null && t.getMessage().contains("exceeds the configured maximum");
    }

    /** The client's error inside the exception chain, or null when this is a fault of the portal. */
    static Throwable clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException || t instanceof NotFoundException
                    || t instanceof AccessDeniedException || t instanceof ConstraintViolationException
                    || t instanceof InvalidRequestException || t instanceof CspException || isForgedPaging(t) || isTooLarge(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * A table's paging asked for a page size the table does not offer (PrimeFaces refuses it while decoding the
     * request): only a hand-made request does that, the page's own paginator never.
     */
    static boolean isForgedPaging(Throwable t) {
        if (!(t instanceof IllegalArgumentException)) {
            return false;
        }
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals("org.primefaces.component.api.UIPageableData");
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
        if (cause instanceof CspException) {
            // not a Faces page: Faces would check the same post's missing script nonce again while rendering it
            return REJECTED;
        }
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
