package org.roundtable.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class UrlDataSourceTest {

    @Test
    void picksTheDriverFromTheUrl() throws Exception {
        UrlDataSource h2 = new UrlDataSource();
        h2.setUrl("jdbc:h2:mem:urltest;MODE=MySQL");
        h2.setUser("sa");
        try (var c = h2.getConnection()) {
            assertEquals("H2", c.getMetaData().getDatabaseProductName());
        }
        assertTrue(h2.isWrapperFor(UrlDataSource.class));
    }

    @Test
    void refusesUnknownDatabasesWithoutLeakingTheUrlParameters() {
        UrlDataSource ds = new UrlDataSource();
        ds.setUrl("jdbc:postgresql://db/roundtable?password=secret");
        SQLException e = assertThrows(SQLException.class, ds::getConnection);
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:mysql://"));
    }

    /** Issue 12: every connection carries the server's limit per statement; the migrations' view lifts it while held. */
    @Test
    void connectionsCarryTheStatementTimeLimitExceptWhileTheMigrationsHoldThem() throws Exception {
        UrlDataSource h2 = new UrlDataSource();
        h2.setUrl("jdbc:h2:mem:limittest;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        try (Connection c = h2.getConnection()) {
            assertEquals("5000", queryTimeout(c), "5 s by default");
        }
        h2.setStatementTimeoutSeconds(1);
        try (Connection c = h2.getConnection()) {
            long started = System.nanoTime();
            assertThrows(SQLTimeoutException.class, () -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "with recursive r(n) as (select 1 union all select n + 1 from r where n < 1000000000) select count(*) from r")) {
                    rs.next();
                }
            }, "a runaway statement is stopped");
            assertTrue(System.nanoTime() - started < 30_000_000_000L);
        }
        try (Connection raw = h2.getConnection()) {
            // a pool's connection: closing it gives it back, the physical connection stays open
            Connection lent = (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> method.getName().equals("close") ? null
                            : method.invoke(raw, args));
            javax.sql.DataSource pooled = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> method.getName().equals("getConnection") ? lent : null);
            Connection held = UrlDataSource.unlimited(pooled, 1).getConnection();
            assertEquals("0", queryTimeout(raw), "no limit while the migrations hold it");
            held.close();
            assertEquals("1000", queryTimeout(raw), "given back with its limit");
        }
    }

    private static String queryTimeout(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select setting_value from information_schema.settings where setting_name = 'QUERY_TIMEOUT'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aMissingUrlSaysWhatToSet() {
        SQLException e = assertThrows(SQLException.class, new UrlDataSource()::getConnection);
        assertTrue(e.getMessage().contains("DB_URL"));
    }
}
