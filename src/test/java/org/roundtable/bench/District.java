package org.roundtable.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.roundtable.platform.Migrations;

/**
 * A large district in MariaDB: a database created and migrated by the portal's own Flyway scripts, then filled by
 * {@code bench/district.sql} in a few set-based statements: the schools, their staff and accounts, observations,
 * rounding visits with conversations, recognitions and follow-ups, and biweekly check-ins with their agendas (a
 * million observations take about three and a half minutes).
 *
 * <p>Run alone: {@code District <jdbc-admin-url> <database> <schools> <observations>}, e.g.
 * {@code jdbc:mysql://127.0.0.1/?user=root roundtable_bench 100 1000000}.
 */
public final class District {

    private static final String ANALYZE = "analyze table observation, observation_theme, school, user_account, staff_member,"
            + " visit, visit_leader, conversation, conversation_answer, recognition, follow_up, check_in_series, check_in,"
            + " talking_point, action_item";

    private District() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: District <jdbc-admin-url> <database> <schools> <observations>");
            System.exit(2);
        }
        long started = System.nanoTime();
        create(args[0], args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        System.out.printf("District %s: %s schools, %s observations in %.0f s%n", args[1], args[2], args[3],
                (System.nanoTime() - started) / 1e9);
    }

    /** Drops and recreates the database, migrates it and fills it. */
    public static void create(String adminUrl, String database, int schools, int observations) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe database name " + database);
        }
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("drop database if exists `" + database + "`");
            s.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        String url = adminUrl.replace("/?", "/" + database + "?");
        Migrations.configure(District.class.getClassLoader(), false).dataSource(url, null, null).load().migrate();
        fill(url, schools, observations);
    }

    /** Adds the schools, accounts and observations to a migrated database. */
    public static void fill(String url, int schools, int observations) throws SQLException {
        fill(url, null, null, schools, observations);
    }

    /**
     * Adds the schools, accounts and observations to a migrated database, as the given user (null: as the URL says).
     *
     * @return the id of the first school added (everything added belongs to it or a later school)
     */
    public static long fill(String url, String user, String password, int schools, int observations) throws SQLException {
        loadDriver();
        try (Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("set @schools = " + schools + ", @observations = " + observations);
            for (String statement : script().split(";\\s*\\n")) {
                String sql = statement.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
                if (!sql.isEmpty()) {
                    s.execute(sql);
                }
            }
            s.execute(ANALYZE);
            try (var rs = s.executeQuery("select @first_school")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Removes what {@link #fill} added, from its first school on, with any account made for those schools since (for
     * a test that shares its database).
     */
    public static void remove(String url, String user, String password, long firstSchool) throws SQLException {
        loadDriver();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            String series = "(select id from check_in_series where school_id >= " + firstSchool + ")";
            String visits = "(select id from visit where school_id >= " + firstSchool + ")";
            for (String sql : new String[] {
                    "delete from action_item where series_id in " + series,
                    "delete from talking_point where check_in_id in (select id from check_in where series_id in " + series + ")",
                    "delete from private_note where check_in_id in (select id from check_in where series_id in " + series + ")",
                    "delete from reminder_sent where check_in_id in (select id from check_in where series_id in " + series + ")",
                    "delete from check_in where series_id in " + series,
                    "delete from check_in_series where school_id >= " + firstSchool,
                    "delete from follow_up where school_id >= " + firstSchool,
                    "delete from recognition where school_id >= " + firstSchool,
                    "delete from conversation_answer where conversation_id in (select id from conversation where visit_id in "
                            + visits + ")",
                    "delete from conversation where visit_id in " + visits,
                    "delete from visit_leader where visit_id in " + visits,
                    "delete from visit where school_id >= " + firstSchool,
                    "delete from staff_member where school_id >= " + firstSchool,
                    "delete from observation_theme where school_id >= " + firstSchool,
                    "delete from observation where school_id >= " + firstSchool,
                    "delete from user_role where user_id in (select id from user_account where username like 'bench.%'"
                            + " or school_id >= " + firstSchool + ")",
                    "delete from user_account where username like 'bench.%' or school_id >= " + firstSchool,
                    "delete from school where id >= " + firstSchool}) {
                s.execute(sql);
            }
            s.execute(ANALYZE);
        }
    }

    /** Connector/J registers itself when loaded; inside Payara the WAR's copy is not loaded until asked for. */
    private static void loadDriver() {
        try {
            Class.forName("com.mysql.cj.jdbc.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("MySQL Connector/J is not on the class path", e);
        }
    }

    private static String script() {
        try (InputStream in = District.class.getResourceAsStream("/bench/district.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
