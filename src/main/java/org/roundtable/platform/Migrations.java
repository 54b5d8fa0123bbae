package org.roundtable.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database: the same Flyway scripts
 * ({@code db/migration}) run on the embedded H2 database and on MySQL / MariaDB.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    /** The options every table gets on MySQL / MariaDB. */
    static final String MYSQL_TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    @Resource(lookup = DatabaseConfig.JNDI_NAME)
    private DataSource dataSource;

    private boolean embedded;

    @PostConstruct
    void migrate() {
        embedded = detectEmbedded();
        MigrateResult result = configure(getClass().getClassLoader(), embedded)
                .dataSource(UrlDataSource.unlimited(dataSource, DatabaseConfig.STATEMENT_TIMEOUT_SECONDS)).load().migrate();
        LOG.info(() -> String.format("Database schema on %s is at version %s (%d migration(s) applied now)",
                embedded ? "the embedded H2 database" : "MySQL/MariaDB",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                result.migrationsExecuted));
    }

    /** The portal's Flyway set-up (its scripts, the table options of the database): the tests migrate with it too. */
    public static org.flywaydb.core.api.configuration.FluentConfiguration configure(ClassLoader loader, boolean embedded) {
        return Flyway.configure(loader)
                .locations("classpath:db/migration")
                .placeholders(Map.of("table_options", embedded ? "" : MYSQL_TABLE_OPTIONS));
    }

    /** True on the embedded H2 database (the demo mode), false on MySQL / MariaDB. */
    public boolean isEmbedded() {
        return embedded;
    }

    private boolean detectEmbedded() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
