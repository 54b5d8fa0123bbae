package org.roundtable.platform;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * MicroProfile Health at {@code /health}, {@code /health/ready}, {@code /health/live} and {@code /health/started},
 * in the MicroProfile Health JSON format (200 when UP, 503 when DOWN).
 *
 * <p>Payara Micro serves its own {@code /health}, but an application deployed at the root context shadows it; so
 * the portal runs its {@code @Readiness} / {@code @Liveness} checks itself, open to anyone (probes sign in to
 * nothing). Anyone gets each check's name and UP/DOWN; what the checks know besides (the database product, free
 * heap) goes only to a signed-in admin or to a management address listed in {@code ROUNDTABLE_HEALTH_DETAILS_FROM}.
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

    @Inject
    @Any
    Instance<HealthCheck> checks;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "ROUNDTABLE_HEALTH_DETAILS_FROM", defaultValue = " ")
    String detailsFrom;

    /** Whether this request may see what the checks know besides their status. */
    boolean detailsFor(HttpServletRequest req) {
        if (req.getUserPrincipal() != null && req.isUserInRole("ADMIN")) {
            return true;
        }
        return java.util.Arrays.stream(detailsFrom.trim().split("[,\\s]+")).filter(a -> !a.isEmpty())
                .anyMatch(a -> a.equals(req.getRemoteAddr()));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String which = req.getPathInfo() == null ? "" : req.getPathInfo();
        boolean up = true;
        boolean details = detailsFor(req);
        JsonArrayBuilder results = Json.createArrayBuilder();
        switch (which) {
            case "", "/" -> {
                up &= run(Readiness.Literal.INSTANCE, results, details);
                up &= run(Liveness.Literal.INSTANCE, results, details);
                up &= run(Startup.Literal.INSTANCE, results, details);
            }
            case "/ready" -> up = run(Readiness.Literal.INSTANCE, results, details);
            case "/live" -> up = run(Liveness.Literal.INSTANCE, results, details);
            case "/started" -> up = run(Startup.Literal.INSTANCE, results, details);
            default -> {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build().toString());
    }

    private boolean run(Annotation kind, JsonArrayBuilder results, boolean details) {
        boolean up = true;
        for (HealthCheck check : checks.select(kind)) {
            HealthCheckResponse r;
            try {
                r = check.call();
            } catch (RuntimeException e) {
                r = HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
            }
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("name", r.getName())
                    .add("status", r.getStatus().name());
            r.getData().filter(data -> details).ifPresent(data -> {
                JsonObjectBuilder d = Json.createObjectBuilder();
                data.forEach((k, v) -> d.add(k, String.valueOf(v)));
                o.add("data", d);
            });
            results.add(o);
            up &= r.getStatus() == HealthCheckResponse.Status.UP;
        }
        return up;
    }
}
