package org.roundtable.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
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
            // A large district loads faster into tables without their secondary indexes, built afterwards in one pass
            // each (sorted, not a million scattered inserts): a million observations took 946 s, now 402 s.
            Map<String, List<String>> deferred = observations >= DEFER_INDEXES_FROM
                    ? dropIndexes(c, List.of("observation", "observation_theme")) : Map.of();
            try {
                for (String statement : script().split(";\\s*\\n")) {
                    String sql = statement.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
                    if (!sql.isEmpty()) {
                        s.execute(sql);
                    }
                }
            } finally {
                for (Map.Entry<String, List<String>> table : deferred.entrySet()) {
                    s.execute("alter table " + table.getKey() + " " + String.join(", ", table.getValue()));
                }
            }
            s.execute(ANALYZE);
            try (var rs = s.executeQuery("select @first_school")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** From how many observations a fill builds the indexes of observation and its themes after loading them. */
    static final int DEFER_INDEXES_FROM = 50_000;

    /**
     * Drops the secondary indexes of the tables that no foreign key needs (their first column is no foreign key's),
     * and returns, per table, the clauses that add them again as they were.
     */
    private static Map<String, List<String>> dropIndexes(Connection c, List<String> tables) throws SQLException {
        Map<String, List<String>> again = new java.util.LinkedHashMap<>();
        for (String table : tables) {
            java.util.Set<String> foreignKeyColumns = new java.util.HashSet<>();
            try (var ps = c.prepareStatement("select column_name from information_schema.key_column_usage"
                    + " where table_schema = database() and table_name = ? and referenced_table_name is not null")) {
                ps.setString(1, table);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        foreignKeyColumns.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            Map<String, List<String>> columns = new java.util.LinkedHashMap<>();
            try (var ps = c.prepareStatement("select index_name, column_name from information_schema.statistics"
                    + " where table_schema = database() and table_name = ? and index_name <> 'PRIMARY' and non_unique = 1"
                    + " order by index_name, seq_in_index")) {
                ps.setString(1, table);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            List<String> drops = new java.util.ArrayList<>();
            List<String> adds = new java.util.ArrayList<>();
            columns.forEach((index, cols) -> {
                if (!foreignKeyColumns.contains(cols.get(0).toLowerCase(java.util.Locale.ROOT))) {
                    drops.add("drop index " + index);
                    adds.add("add index " + index + " (" + String.join(", ", cols) + ")");
                }
            });
            if (!drops.isEmpty()) {
                try (Statement s = c.createStatement()) {
                    s.execute("alter table " + table + " " + String.join(", ", drops));
                }
                again.put(table, adds);
            }
        }
        return again;
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
                    "delete from trend_signal_event where signal_id in (select id from trend_signal where school_id >= "
                            + firstSchool + ")",
                    "delete from trend_signal where school_id >= " + firstSchool,
                    "delete from trend_digest_sent where user_id in (select id from user_account where username like 'bench.%'"
                            + " or school_id >= " + firstSchool + ")",
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
