package org.roundtable.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves {@code /calendar/<token>.ics} to calendar apps, without a login: the token is the credential. An
 * unknown or revoked token is a plain 404, the same as a malformed one.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path != null && path.startsWith("/") && path.endsWith(".ics")
                ? path.substring(1, path.length() - ".ics".length()) : null;
        String base = PublicAddress.of(request.getScheme(), request.getServerName(), request.getServerPort(),
                request.getContextPath());
        Optional<String> ics = feeds.render(token, base);
        if (ics.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = ics.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"roundtable.ics\"");
        // Private to the one subscriber; calendar apps poll, five minutes old is fresh enough.
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
