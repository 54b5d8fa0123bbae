package org.roundtable.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.platform.Migrations;

/**
 * After the migrations: the embedded database gets the demo district (once), and the log says where to sign in
 * and with which demo accounts. MySQL mode never seeds demo data.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    Migrations migrations;

    @Inject
    DemoDistrict demo;

    @Inject
    DemoRounding demoRounding;

    @Inject
    DemoCheckIns demoCheckIns;

    @Inject
    DemoCritical demoCritical;

    @Inject
    @ConfigProperty(name = "roundtable.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PostConstruct
    void start() {
        if (!migrations.isEmbedded()) {
            LOG.info(() -> "Roundtable is ready at " + publicUrl + " (MySQL/MariaDB mode)");
            return;
        }
        boolean seeded = demo.seedIfEmpty();
        // Separate from the district seed, so a demo database made before rounding existed gets it too.
        demoRounding.seedIfEmpty();
        demoCheckIns.seedIfEmpty();
        demoCheckIns.seedOtherPrincipals();
        demoCritical.seedIfEmpty();
        LOG.info(() -> "\n\n  Roundtable is ready at " + publicUrl
                + (seeded ? "  (demo district created)" : "")
                + "\n  Demo accounts (password: " + DemoDistrict.DEMO_PASSWORD + "):"
                + "\n    superintendent  - Superintendent, sees the whole district"
                + "\n    assistant       - Assistant superintendent"
                + "\n    principal       - Principal of " + DemoDistrict.PRINCIPAL_SCHOOL
                + "\n                      (every school has one: principal.maple, principal.roosevelt, ...)"
                + "\n    admin           - District admin (schools, staff, themes, accounts)\n");
    }
}
