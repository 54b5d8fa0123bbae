package org.roundtable.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the migrations, on any database: the first admin from {@code ROUNDTABLE_ADMIN_USER} /
 * {@code ROUNDTABLE_ADMIN_PASSWORD} when that account is missing (there is no default password).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdminStartup {

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_ADMIN_USER")
    Optional<String> adminUser;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @PostConstruct
    void start() {
        if (adminUser.isPresent() && adminPassword.isPresent()) {
            firstAdmin.ensure(adminUser.get(), adminPassword.get());
        }
    }
}
