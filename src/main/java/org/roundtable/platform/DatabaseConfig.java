package org.roundtable.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the portal. Payara resolves the {@code ${MPCONFIG=NAME:default}} placeholders from
 * MicroProfile Config (environment variables, {@code -D} system properties), so the same WAR runs on the
 * embedded H2 file database by default and on MySQL / MariaDB when {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD} are set. {@link UrlDataSource} picks the driver from the URL.
 *
 * <p>Every connection is checked with {@code Connection.isValid()} before it is handed out (at most once
 * every 10 s) and the whole pool is dropped when one fails, so the portal recovers by itself after a
 * database restart.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = DatabaseConfig.JNDI_NAME,
        className = "org.roundtable.platform.UrlDataSource",
        url = "${MPCONFIG=DB_URL:jdbc:h2:file:./data/roundtable;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH}",
        user = "${MPCONFIG=DB_USER:roundtable}",
        password = "${MPCONFIG=DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 24,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=10",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=3",
                "fish.payara.connection-creation-retry-interval-in-seconds=2",
                "fish.payara.max-wait-time-in-millis=15000",
                // the server's limit per statement on every connection (UrlDataSource): a page never hangs
                "statementTimeoutSeconds=" + DatabaseConfig.STATEMENT_TIMEOUT_SECONDS
        })
public class DatabaseConfig {
    public static final String JNDI_NAME = "java:app/jdbc/roundtable";
    /** How long one statement may run before the database stops it (a page's statements take milliseconds). */
    public static final int STATEMENT_TIMEOUT_SECONDS = 5;
}
