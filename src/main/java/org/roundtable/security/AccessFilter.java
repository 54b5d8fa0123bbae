package org.roundtable.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;

/**
 * The portal's gate (mapped in web.xml, after the security headers). Payara 6 loses a caller's groups under
 * concurrent requests now and then (payara/Payara#6145, fixed only in later releases), which made container role
 * constraints refuse 2–4 % of legitimate requests; so web.xml declares no auth-constraint and this filter decides:
 * <ul>
 * <li>a post another site's page makes (the browser says so in {@code Sec-Fetch-Site}) is refused: the login form,
 * a stateless view that keeps no token on the server, cannot be posted from elsewhere to sign a visitor in to an
 * account of someone else's choosing;</li>
 * <li>the error pages are not pages of their own: asked for directly, they are not found;</li>
 * <li>public paths (the filter's {@code public} init-param) pass;</li>
 * <li>a visitor who is not signed in is sent to the login page with the page asked for as {@code next} (no
 * session is created for them);</li>
 * <li>a session whose account was deactivated or whose password changed since it signed in is ended;</li>
 * <li>a signed-in caller opens only what {@link AccessPolicy#mayOpen} allows, with roles read from the database;
 * a refusal is audited and answered 403.</li>
 * </ul>
 * Redirects carry a path only (a relative {@code Location}), never an address built from the Host header.
 */
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_NEXT = 1000;
    private static final String ERROR_PAGES = "/error/";

    @Inject
    LoggedInCaller callers;

    @Inject
    AuditLog audit;

    private List<String> publicPaths = List.of();

    @Override
    public void init(FilterConfig config) throws ServletException {
        String paths = config.getInitParameter("public");
        publicPaths = paths == null ? List.of() : Arrays.stream(paths.trim().split("\\s+")).toList();
    }

    /** Whether a path is open without signing in: exact paths, or a prefix ending in {@code /*}. */
    static boolean isPublic(List<String> publicPaths, String path) {
        for (String p : publicPaths) {
            if (p.endsWith("/*") ? path.startsWith(p.substring(0, p.length() - 1)) || path.equals(p.substring(0, p.length() - 2))
                    : path.equals(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (isCrossSitePost(req)) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = pathOf(req);
        if (path.startsWith(ERROR_PAGES)) {
            // shown when something went wrong (an error or forward dispatch), never asked for: a 500 page answered
            // with 200, or a 500 to a scanner that asked for it, would both be wrong
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (isPublic(publicPaths, path)) {
            chain.doFilter(req, res);
            return;
        }
        Optional<Caller> caller = callers.find();
        if (caller.isEmpty()) {
            boolean ended = callers.isEndedSession();
            if (ended) {
                endSession(req);
            }
            toLogin(req, res, path, ended ? "ended=true" : null);
            return;
        }
        if (!AccessPolicy.mayOpen(caller.get(), path)) {
            audit.record(caller.get().username(), Action.ACCESS_DENIED, "page", path, "not for this role");
            req.setAttribute(org.roundtable.platform.ErrorPage.AUDITED, Boolean.TRUE);
            res.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(req, res);
    }

    /** A post a browser sends from another site's page (scripts and older browsers send no such header). */
    static boolean isCrossSitePost(HttpServletRequest req) {
        return "POST".equals(req.getMethod()) && "cross-site".equalsIgnoreCase(req.getHeader("Sec-Fetch-Site"));
    }

    /**
     * The path asked for as the container maps it (decoded and normalised: {@code /%61dmin/../admin/x.xhtml} is
     * {@code /admin/x.xhtml}), never the raw request URI, so an encoding trick cannot slip past the gate.
     */
    static String pathOf(HttpServletRequest req) {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    private static void endSession(HttpServletRequest req) throws ServletException {
        req.logout();
        HttpSession session = req.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** To the login page, remembering the page asked for; a Faces AJAX request gets a partial-response redirect. */
    private static void toLogin(HttpServletRequest req, HttpServletResponse res, String path, String why)
            throws IOException {
        String next = "GET".equals(req.getMethod()) && req.getQueryString() != null ? path + "?" + req.getQueryString() : path;
        StringBuilder login = new StringBuilder(req.getContextPath()).append("/login.xhtml");
        char sep = '?';
        if (why != null) {
            login.append(sep).append(why);
            sep = '&';
        }
        if (!"/".equals(next) && next.length() <= MAX_NEXT) {
            login.append(sep).append("next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
            res.setContentType("text/xml");
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login.toString().replace("&", "&amp;") + "\"></redirect></partial-response>");
            return;
        }
        res.setStatus(HttpServletResponse.SC_FOUND);
        res.setHeader("Location", login.toString());
    }

    /**
     * Where to go after signing in: the {@code next} page when it is a path within the portal (never another
     * site: no scheme, no {@code //}, no backslash), else the home page.
     */
    public static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_NEXT || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(c -> c < 0x20) || next.startsWith("/login.xhtml")
                || next.startsWith("/logout.xhtml")) {
            return "/";
        }
        return next;
    }
}
