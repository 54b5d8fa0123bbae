package org.roundtable.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The database of one integration-test run: created before the first test (utf8mb4), dropped after the last.
 * Failsafe names it ({@code it.db.name}, unique per run) and hands the same name to Payara through DB_URL.
 * Unit-test runs (no {@code it.db.name}) are left alone.
 */
public class TestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String name = System.getProperty("it.db.name");
        if (name != null) {
            execute("create database if not exists `" + checked(name) + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        String name = System.getProperty("it.db.name");
        if (name != null && !Boolean.getBoolean("it.db.keep")) {
            execute("drop database if exists `" + checked(name) + "`");
        }
    }

    /** A JDBC connection to the run's database, for browser-test fixtures. */
    public static Connection connect() throws SQLException {
        String url = System.getProperty("it.db.admin.url").replace("/?", "/" + checked(System.getProperty("it.db.name")) + "?");
        return DriverManager.getConnection(url, System.getProperty("it.db.user"), System.getProperty("it.db.password", ""));
    }

    private static String checked(String name) {
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe database name " + name);
        }
        return name;
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.admin.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password", ""));
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + ": " + e.getMessage()
                    + " (is MariaDB running on " + System.getProperty("it.db.admin.url") + "?)", e);
        }
    }
}
