package org.roundtable.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response (web.xml maps this filter first, for errors too, so redirects and 403s carry
 * them). The Content-Security-Policy is enforced in two parts: scripts by PrimeFaces' nonce mode
 * ({@code primefaces.CSP}: {@code script-src 'self' 'nonce-…'} on every page, no inline handlers, no eval), and
 * everything else here. HSTS is sent once the portal runs behind HTTPS ({@code ROUNDTABLE_SECURE_COOKIES}).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    /** Every directive but scripts' (PrimeFaces sends that one with its nonce; both policies are enforced). */
    static final String CSP = "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'none'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * A page's response buffer. A page that fits (the demo district's pages are 5 to 58 KB; a trends dashboard of
     * many schools may not, and goes out in chunks as before) leaves in one write with a Content-Length instead of
     * 8 KiB chunks (the container's default), a socket write each; and a page that fails while rendering can still be
     * replaced by its error page. ({@code jakarta.faces.FACELETS_BUFFER_SIZE} sizes this buffer too, but also the
     * buffer of Mojarra's state writer in front of it: 64 Ki characters more per request.)
     */
    static final int PAGE_BUFFER = 64 * 1024;

    private final boolean https = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("ROUNDTABLE_SECURE_COOKIES", Boolean.class).orElse(false);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        res.setHeader("Content-Security-Policy", CSP);
        if (https) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String uri = req.getRequestURI();
        boolean resource = uri.startsWith(req.getContextPath() + "/jakarta.faces.resource/");
        if (!resource && (uri.endsWith(".xhtml") || uri.endsWith("/"))) {
            // Pages hold confidential notes: never from a shared cache or the back-forward cache after logout.
            res.setHeader("Cache-Control", "no-store");
            if (req.getDispatcherType() == DispatcherType.REQUEST) {
                // (an error page dispatched after a page failed writes into the failed page's reset buffer, which
                // may no longer be resized)
                res.setBufferSize(PAGE_BUFFER);
            }
        }
        chain.doFilter(req, res);
    }
}
