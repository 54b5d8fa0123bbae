package org.roundtable.support;

import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Data for browser journeys, written over JDBC into the run's MariaDB database (the portal in MySQL mode has
 * no demo data). Accounts get real PBKDF2 hashes, in the format the identity store verifies.
 */
public final class BrowserFixtures {

    public static final String PASSWORD = "journey-password-1";

    public final String suffix = UUID.randomUUID().toString().substring(0, 6);
    public long hallwaySchool;
    public long otherSchool;
    public long otherSchoolObservation;
    public String superintendent;
    public String assistant;
    public String principal;
    public String admin;
    public String guessed;
    public String resettable;
    public String principalName;
    /** The theme the fixtures' observations carry (the district's first). */
    public long theme;

    public static BrowserFixtures create() throws Exception {
        BrowserFixtures f = new BrowserFixtures();
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            f.hallwaySchool = insert(c, "insert into school (name, level) values (?, 'MIDDLE')", "Hallway Middle " + f.suffix);
            f.otherSchool = insert(c, "insert into school (name, level) values (?, 'ELEMENTARY')", "Other Elementary " + f.suffix);
            for (String[] staff : new String[][]{{"Nia Patel", "TEACHER"}, {"Omar Reyes", "FOOD_SERVICE"}, {"Ivy Chen", "NEW_TEACHER"}}) {
                insert(c, "insert into staff_member (school_id, full_name, role_group) values (?, ?, ?)",
                        f.hallwaySchool, staff[0], staff[1]);
            }
            f.superintendent = f.account(c, "sup", "Sam Superintendent", "SUPERINTENDENT", null);
            f.assistant = f.account(c, "asst", "Alex Assistant", "ASSISTANT_SUPERINTENDENT", null);
            f.principalName = "Pat Principal";
            f.principal = f.account(c, "prin", f.principalName, "PRINCIPAL", f.hallwaySchool);
            f.admin = f.account(c, "adm", "Ada Admin", "ADMIN", null);
            f.guessed = f.account(c, "guess", "Gus Guessed", "ASSISTANT_SUPERINTENDENT", null);
            f.resettable = f.account(c, "reset", "Rae Reset", "PRINCIPAL", f.otherSchool);
            long supId = id(c, f.superintendent);
            long theme = single(c, "select min(id) from theme where retired = false");
            f.theme = theme;
            f.otherSchoolObservation = observation(c, f.otherSchool, LocalDate.now(), "TEACHER", "CONCERN",
                    "Private to the other school", supId, theme);
            for (int i = 0; i < 3; i++) {
                observation(c, f.hallwaySchool, LocalDate.now().minusDays(i + 1), "CUSTODIAL", "CELEBRATION",
                        "The custodial team had the gym ready early " + i, supId, theme);
            }
            c.commit();
        }
        return f;
    }

    private String account(Connection c, String prefix, String name, String role, Long school) throws Exception {
        String username = prefix + "-" + suffix;
        long id = insert(c, "insert into user_account (username, display_name, email, password_hash, school_id) values (?, ?, ?, ?, ?)",
                username, name, username + "@example.org", hash(PASSWORD), school);
        insert(c, "insert into user_role (user_id, role) values (?, ?)", id, role);
        return username;
    }

    /** PBKDF2WithHmacSHA256 in Jakarta Security's stored form (a low iteration count keeps tests quick). */
    static String hash(String password) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 2048;
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /**
     * The account's id, to choose it in a list by value: the journeys' groups each have a "Sam Superintendent", so
     * a name alone does not say which one.
     */
    public long idOf(String username) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            return id(c, username);
        }
    }

    /**
     * An observation with one theme, written as the portal writes it: the theme's row carries the observation's
     * school, day, tone, role group and week (V8, V9, V11), which the lists and the trends read.
     */
    private static long observation(Connection c, long school, LocalDate day, String roleGroup, String tone, String text,
            long author, long theme) throws SQLException {
        long id = insert(c, "insert into observation (school_id, observed_on, role_group, tone, body, author_id) values (?, ?, ?, ?, ?, ?)",
                school, java.sql.Date.valueOf(day), roleGroup, tone, text, author);
        insert(c, "insert into observation_theme (observation_id, theme_id, school_id, observed_on, tone, role_group, week_start)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, theme, school, java.sql.Date.valueOf(day), tone, roleGroup,
                java.sql.Date.valueOf(org.roundtable.observation.ObservationTheme.weekOf(day)));
        return id;
    }

    /**
     * A rising concern at the hallway school on a theme of its own: one concern a week for the twelve weeks before
     * a two-week gap, then five and four in the last two complete weeks, heard by two leaders.
     *
     * @return the theme's id
     */
    public long risingConcern(String themeName) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            long theme = insert(c, "insert into theme (name) values (?)", themeName + " " + suffix);
            long sup = id(c, superintendent);
            long asst = id(c, assistant);
            LocalDate lastWeek = org.roundtable.observation.ObservationTheme.weekOf(LocalDate.now()).minusWeeks(1);
            for (int w = 4; w < 16; w++) {
                observation(c, hallwaySchool, lastWeek.minusWeeks(w).plusDays(2), "TEACHER", "CONCERN",
                        "Usual week " + w + " of " + themeName, sup, theme);
            }
            for (int i = 0; i < 9; i++) {
                observation(c, hallwaySchool, lastWeek.minusWeeks(i < 5 ? 0 : 1).plusDays(i % 5), "TEACHER", "CONCERN",
                        "Rising " + themeName + " " + i, i % 2 == 0 ? sup : asst, theme);
            }
            c.commit();
            return theme;
        }
    }

    private static long id(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from user_account where username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /**
     * A check-in series between the principal and the assistant superintendent with a check-in today (at 00:01, so
     * it can be held now) and the next one in two weeks.
     *
     * @return the ids of today's check-in and the next one
     */
    public long[] checkInSeriesWithToday() throws Exception {
        LocalDate today = LocalDate.now();
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            long principalId = id(c, principal);
            long leaderId = id(c, assistant);
            long series = insert(c, "insert into check_in_series (school_id, principal_id, leader_id, day_of_week, time_of_day,"
                    + " duration_minutes, first_on, status, generated_through) values (?, ?, ?, ?, ?, 45, ?, 'ACTIVE', ?)",
                    hallwaySchool, principalId, leaderId, today.getDayOfWeek().name(), java.sql.Time.valueOf("00:01:00"),
                    java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusDays(14)));
            long[] ids = new long[2];
            for (int i = 0; i < 2; i++) {
                LocalDate slot = today.plusDays(14L * i);
                ids[i] = insert(c, "insert into check_in (series_id, slot_on, starts_at, duration_minutes, status, leader_id)"
                        + " values (?, ?, ?, 45, 'SCHEDULED', ?)", series, java.sql.Date.valueOf(slot),
                        java.sql.Timestamp.valueOf(slot.atTime(0, 1)), leaderId);
            }
            c.commit();
            return ids;
        }
    }

    /** An open action item of the principal on a check-in, due on the given day (in the past: overdue). */
    public void actionItem(long checkIn, String text, LocalDate dueOn) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            insert(c, "insert into action_item (series_id, check_in_id, owner_id, body, due_on, status)"
                    + " select series_id, id, ?, ?, ?, 'OPEN' from check_in where id = ?",
                    id(c, principal), text, java.sql.Date.valueOf(dueOn), checkIn);
        }
    }

    /**
     * A district with many principals: one more principal at the hallway school per name, each with an active
     * series with the assistant superintendent starting next week.
     */
    public void seriesFor(List<String> principalNames) throws Exception {
        LocalDate first = LocalDate.now().plusDays(7);
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            long leaderId = id(c, assistant);
            for (String name : principalNames) {
                String username = account(c, "prin" + UUID.randomUUID().toString().substring(0, 4), name, "PRINCIPAL", hallwaySchool);
                insert(c, "insert into check_in_series (school_id, principal_id, leader_id, day_of_week, time_of_day,"
                        + " duration_minutes, first_on, status, generated_through) values (?, ?, ?, ?, ?, 30, ?, 'ACTIVE', ?)",
                        hallwaySchool, id(c, username), leaderId, first.getDayOfWeek().name(), java.sql.Time.valueOf("08:30:00"),
                        java.sql.Date.valueOf(first), java.sql.Date.valueOf(first));
            }
            c.commit();
        }
    }

    /** Observations of the superintendent at the hallway school over the last days, for paging. */
    public void observations(int count) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            long sup = id(c, superintendent);
            for (int i = 0; i < count; i++) {
                observation(c, hallwaySchool, LocalDate.now().minusDays(i % 30), "TEACHER", "IDEA", "Paging observation " + i,
                        sup, theme);
            }
            c.commit();
        }
    }

    /** {@code count} more staff members at the hallway school (a directory of several pages). */
    public void staff(int count) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                insert(c, "insert into staff_member (school_id, full_name, role_group) values (?, ?, 'TEACHER')",
                        hallwaySchool, String.format("Paging Teacher %03d %s", i, suffix));
            }
            c.commit();
        }
    }

    /** A visit the superintendent plans at the hallway school tomorrow at 10:00, returning its id. */
    public long plannedVisit(String focus) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            long sup = id(c, superintendent);
            long visit = insert(c, "insert into visit (school_id, starts_at, duration_minutes, focus, status, planned_by)"
                    + " values (?, ?, 60, ?, 'PLANNED', ?)", hallwaySchool,
                    java.sql.Timestamp.valueOf(LocalDate.now().plusDays(1).atTime(10, 0)), focus, sup);
            insert(c, "insert into visit_leader (visit_id, user_id) values (?, ?)", visit, sup);
            return visit;
        }
    }

    /** Another principal at the hallway school (a fresh account without a check-in series), returning the name shown. */
    public String extraPrincipal(String name) throws Exception {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            account(c, "prin" + UUID.randomUUID().toString().substring(0, 4), name, "PRINCIPAL", hallwaySchool);
            c.commit();
        }
        return name;
    }

    /** A reminder kept in the outbox (as when no SMTP server is configured), returning its subject. */
    public String keptReminder(String to, String body) throws Exception {
        String subject = "Check-in with Dana Whitfield on Tuesday: add your talking points " + suffix;
        try (Connection c = TestDatabase.connect()) {
            insert(c, "insert into mail_outbox (recipient, subject, body) values (?, ?, ?)", to, subject, body);
        }
        return subject;
    }

    /** A recognition of a team by the superintendent five days ago, still waiting for its thank-you note. */
    public long recognitionWaiting(String team) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            return insert(c, "insert into recognition (school_id, team, reason, recognized_on, recognized_by) values (?, ?, ?, ?, ?)",
                    hallwaySchool, team, "Stayed late for the concert", java.sql.Date.valueOf(LocalDate.now().minusDays(5)),
                    id(c, superintendent));
        }
    }

    /** Open follow-ups at the hallway school owned by the account, due over the coming weeks; how many it owns now. */
    public long openFollowUps(String owner, int count) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            long ownerId = id(c, owner);
            for (int i = 0; i < count; i++) {
                insert(c, "insert into follow_up (school_id, concern, owner_id, raised_on, due_on, status, created_by)"
                        + " values (?, ?, ?, ?, ?, 'OPEN', ?)", hallwaySchool, "Broken locker " + i, ownerId,
                        java.sql.Date.valueOf(LocalDate.now()), java.sql.Date.valueOf(LocalDate.now().plusDays(1 + i % 30)),
                        id(c, superintendent));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from follow_up where owner_id = ? and status in ('OPEN', 'IN_PROGRESS')")) {
                ps.setLong(1, ownerId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    /** The id of a staff member of the hallway school, by name. */
    public long staffId(String name) throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement ps = c.prepareStatement("select id from staff_member where school_id = ? and full_name = ?")) {
            ps.setLong(1, hallwaySchool);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A critical conversation held yesterday with a staff member of the hallway school, written up by {@code author}
     * (what was said: {@code said}), with the staff member's response as a PDF, not signed off — written as the portal
     * writes it.
     */
    public long criticalConversation(String author, String staffName, String said, byte[] responsePdf) throws SQLException {
        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            long staff = staffId(staffName);
            long id = insert(c, "insert into critical_conversation (staff_member_id, school_id, author_id, held_on, category, status,"
                    + " said, expectation, expectation_key) values (?, ?, ?, ?, 'SKILLS', 'HELD', ?, 'Plan lessons', 'plan lessons')",
                    staff, hallwaySchool, id(c, author), java.sql.Date.valueOf(LocalDate.now().minusDays(1)), said);
            insert(c, "insert into critical_response_file (conversation_id, file_name, size_bytes, content) values (?, ?, ?, ?)",
                    id, "response.pdf", responsePdf.length, responsePdf);
            c.commit();
            return id;
        }
    }

    /** How many audit events of this kind the account has caused. */
    public long audited(String actor, String action) throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement ps = c.prepareStatement("select count(*) from audit_event where actor = ? and action = ?")) {
            ps.setString(1, actor);
            ps.setString(2, action);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The newest observation's id at a school (to open it by URL). */
    public long newestObservationAt(long school) throws SQLException {
        try (Connection c = TestDatabase.connect();
                PreparedStatement ps = c.prepareStatement("select max(id) from observation where school_id = ?")) {
            ps.setLong(1, school);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
