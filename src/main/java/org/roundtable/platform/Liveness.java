package org.roundtable.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Alive while the JVM has some heap to spare. */
@org.eclipse.microprofile.health.Liveness
@ApplicationScoped
public class Liveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        return HealthCheckResponse.named("heap")
                .status(free > rt.maxMemory() / 20)
                .withData("freeMiB", free / (1024 * 1024))
                .build();
    }
}
