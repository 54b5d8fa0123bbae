package org.roundtable.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.demo.DemoDistrict;
import org.roundtable.security.FirstAdmin;

/**
 * After the migrations: the embedded database gets the demo district (once); any database gets its first
 * admin from {@code ROUNDTABLE_ADMIN_USER} / {@code ROUNDTABLE_ADMIN_PASSWORD} when that account is missing.
 * MySQL mode never seeds demo data and has no default password.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    Migrations migrations;

    @Inject
    DemoDistrict demo;

    @Inject
    org.roundtable.demo.DemoRounding demoRounding;

    @Inject
    org.roundtable.demo.DemoCheckIns demoCheckIns;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_ADMIN_USER")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "roundtable.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PostConstruct
    void start() {
        boolean seeded = migrations.isEmbedded() && demo.seedIfEmpty();
        if (migrations.isEmbedded()) {
            // Separate from the district seed, so a demo database made before rounding existed gets it too.
            demoRounding.seedIfEmpty();
            demoCheckIns.seedIfEmpty();
            demoCheckIns.seedOtherPrincipals();
        }
        if (adminUser.isPresent() && adminPassword.isPresent()) {
            firstAdmin.ensure(adminUser.get(), adminPassword.get());
        }
        if (migrations.isEmbedded()) {
            LOG.info(() -> "\n\n  Roundtable is ready at " + publicUrl
                    + (seeded ? "  (demo district created)" : "")
                    + "\n  Demo accounts (password: " + DemoDistrict.DEMO_PASSWORD + "):"
                    + "\n    superintendent  - Superintendent, sees the whole district"
                    + "\n    assistant       - Assistant superintendent"
                    + "\n    principal       - Principal of " + DemoDistrict.PRINCIPAL_SCHOOL
                    + "\n                      (every school has one: principal.maple, principal.roosevelt, ...)"
                    + "\n    admin           - District admin (schools, staff, themes, accounts)\n");
        } else {
            LOG.info(() -> "Roundtable is ready at " + publicUrl + " (MySQL/MariaDB mode)");
        }
    }
}
