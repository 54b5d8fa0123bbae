package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.naming.InitialContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.account.FirstAdmin;
import org.roundtable.security.PasswordHashes;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;
import org.roundtable.support.Deployments;

/** The platform on MariaDB: migrations, the first admin from the environment, no demo data, health, audit. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(PlatformIT.class);
    }


    @PersistenceUnit(unitName = "roundtable")
    EntityManagerFactory emf;

    @Inject
    DemoMode mode;

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    PasswordHashes hashes;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Inject
    AuditLog audit;

    @Test
    void migrationsCreateTheSchemaInUtf8mb4OnMariaDb() throws Exception {
        DataSource dataSource = InitialContext.doLookup(DatabaseConfig.JNDI_NAME);
        assertFalse(mode.isEmbedded());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select version, success from flyway_schema_history where version is not null order by installed_rank")) {
                assertTrue(rs.next());
                assertEquals("1", rs.getString(1));
                assertTrue(rs.getBoolean(2));
            }
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = s.executeQuery("select table_name, table_collation from information_schema.tables where table_schema = database()")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase());
                    if (!rs.getString(1).equalsIgnoreCase("flyway_schema_history")) {
                        assertTrue(rs.getString(2).startsWith("utf8mb4"), rs.getString(1) + " is " + rs.getString(2));
                    }
                }
            }
            assertTrue(tables.containsAll(List.of("school", "staff_member", "user_account", "user_role", "theme",
                    "observation", "observation_theme", "audit_event")), tables.toString());
            Set<String> indexes = new HashSet<>();
            try (ResultSet rs = s.executeQuery("select index_name from information_schema.statistics where table_schema = database() and table_name = 'observation'")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1).toLowerCase());
                }
            }
            assertTrue(indexes.containsAll(List.of("ix_obs_school_date", "ix_obs_date", "ix_obs_tone_date")), indexes.toString());
        }
    }

    @Test
    void mySqlModeHasNoDemoDataButTheThemeListAndTheFirstAdmin() {
        EntityManager em = emf.createEntityManager();
        long demoAccounts = em.createQuery("select count(u) from UserAccount u where u.username in ('superintendent', 'principal')", Long.class)
                .getSingleResult();
        assertEquals(0, demoAccounts, "no demo accounts outside the embedded mode");
        assertEquals(10L, em.createQuery("select count(t) from Theme t where t.name in ('Staffing', 'Student behavior', "
                + "'Instruction', 'Wellbeing & morale', 'Facilities', 'Safety', 'Family engagement', 'Technology', "
                + "'Nutrition', 'Special education')", Long.class).getSingleResult());
        UserAccount admin = em.createQuery("select u from UserAccount u where u.username = 'it-admin'", UserAccount.class)
                .getSingleResult();
        assertEquals(Set.of(Role.ADMIN), admin.getRoles());
        assertTrue(admin.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:600000:"), "a PBKDF2 hash at OWASP strength, never the password");
        assertTrue(hashes.matches("it-admin-password-1", admin.getPasswordHash()));
    }

    @Test
    void theFirstAdminIsCreatedOnceAndWeakSettingsAreRefused() {
        EntityManager em = emf.createEntityManager();
        assertFalse(firstAdmin.ensure("it-admin", "another-password-1"), "an existing account is left alone");
        assertFalse(firstAdmin.ensure("Bad Name!", "a-long-password-1"));
        assertFalse(firstAdmin.ensure("shortpw", "short"));
        assertEquals(0L, em.createQuery("select count(u) from UserAccount u where u.username = 'shortpw'", Long.class).getSingleResult());
    }

    @Test
    void readinessReportsTheDatabase() {
        HealthCheckResponse r = readiness.call();
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
        assertEquals("MySQL", String.valueOf(r.getData().orElseThrow().get("product")).replace("MariaDB", "MySQL"));
    }


    @Test
    void auditEventsAreKeptEvenWhenTheCallerRollsBack() throws Exception {
        EntityManager em = emf.createEntityManager();
        String actor = "auditor-" + System.nanoTime();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        audit.record(actor, AuditLog.Action.ACCESS_DENIED, "page", "/admin", "403");
        tx.rollback();
        assertEquals(1L, em.createQuery("select count(e) from AuditEvent e where e.actor = :a and e.action = 'ACCESS_DENIED'", Long.class)
                .setParameter("a", actor).getSingleResult());
        audit.record(null, AuditLog.Action.LOGIN_FAILED, "account", "x".repeat(200), "y".repeat(900));
        AuditEvent longest = em.createQuery("select e from AuditEvent e where e.actor = 'anonymous' order by e.id desc", AuditEvent.class)
                .setMaxResults(1).getSingleResult();
        assertEquals(60, longest.getTargetId().length(), "long values are cut to the column");
        assertEquals(500, longest.getDetail().length());
    }

    /**
     * Issue 12: no statement runs away; past 5 s the server stops it (MariaDB's max_statement_time on every
     * connection of the datasource, UrlDataSource: no client-side timer per statement), told as a query time-out.
     */
    @Test
    void aRunawayStatementIsCancelledByTheQueryTimeout() throws Exception {
        EntityManager em = emf.createEntityManager();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        try {
            em.joinTransaction();
            assertEquals(5, ((Number) em.createNativeQuery("select @@max_statement_time").getSingleResult()).intValue(),
                    "the portal's connections carry the server's limit");
            jakarta.persistence.PersistenceException e = org.junit.jupiter.api.Assertions.assertThrows(
                    jakarta.persistence.PersistenceException.class,
                    () -> em.createNativeQuery("select sleep(30)").getSingleResult());
            assertTrue(e instanceof jakarta.persistence.QueryTimeoutException, "a timeout, told as such: " + e);
        } finally {
            tx.rollback();
        }
    }
}
