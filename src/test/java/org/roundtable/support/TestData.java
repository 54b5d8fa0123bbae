package org.roundtable.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.roundtable.observation.Observation;
import org.roundtable.observation.Theme;
import org.roundtable.observation.Tone;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.School;
import org.roundtable.people.SchoolLevel;
import org.roundtable.people.StaffMember;
import org.roundtable.security.Caller;
import org.roundtable.security.PasswordHashes;
import org.roundtable.security.Role;
import org.roundtable.account.UserAccount;

/**
 * Builds test data straight through JPA, each piece in its own transaction and with unique names, so test
 * classes sharing one database never see each other's rows by accident.
 */
@ApplicationScoped
@Transactional
public class TestData {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public long school(String name) {
        School s = new School(unique(name), SchoolLevel.MIDDLE);
        em.persist(s);
        em.flush();
        return s.getId();
    }

    public long theme(String name) {
        Theme t = new Theme(unique(name));
        em.persist(t);
        em.flush();
        return t.getId();
    }

    public void retireTheme(long id) {
        em.find(Theme.class, id).retire();
    }

    public long staff(long schoolId, String name, RoleGroup group) {
        StaffMember m = new StaffMember(em.find(School.class, schoolId), name, group);
        em.persist(m);
        em.flush();
        return m.getId();
    }

    /** Marks a staff member as no longer working in the district. */
    public void retireStaff(long id) {
        StaffMember m = em.find(StaffMember.class, id);
        m.update(m.getSchool(), m.getFullName(), m.getRoleGroup(), false);
        em.flush();
    }

    /** A new account with the given role (and school for a principal), as the caller services will see. */
    public Caller account(Role role, Long schoolId) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        UserAccount u = new UserAccount(username, "Test " + role, username + "@example.org",
                "PBKDF2WithHmacSHA256:1:AAAA:AAAA", EnumSet.of(role),
                schoolId == null ? null : em.find(School.class, schoolId));
        em.persist(u);
        em.flush();
        return new Caller(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), schoolId);
    }

    /** An observation written directly, bypassing the service (to test reads and access). */
    public long observation(long schoolId, Caller author, LocalDate day, Tone tone, RoleGroup group, String text,
            long... themeIds) {
        Set<Theme> themes = new java.util.HashSet<>();
        for (long id : themeIds) {
            themes.add(em.find(Theme.class, id));
        }
        Observation o = new Observation(em.find(School.class, schoolId), day, group, themes, tone, text,
                em.find(UserAccount.class, author.userId()), null, null);
        em.persist(o);
        em.flush();
        return o.getId();
    }

    /**
     * An observation from a source (a rounding conversation, a check-in...), possibly marked district leaders only,
     * written directly: the trends' tests plant their patterns with it.
     */
    public long sourcedObservation(long schoolId, Caller author, LocalDate day, Tone tone,
            org.roundtable.observation.SourceType sourceType, Long sourceId, Long sourceItemId, boolean leadersOnly,
            long... themeIds) {
        Set<Theme> themes = new java.util.HashSet<>();
        for (long id : themeIds) {
            themes.add(em.find(Theme.class, id));
        }
        Observation o = new Observation(em.find(School.class, schoolId), day, RoleGroup.TEACHER, themes, tone,
                "Heard on " + day, em.find(UserAccount.class, author.userId()), sourceType, sourceId, sourceItemId, leadersOnly);
        em.persist(o);
        em.flush();
        return o.getId();
    }

    /** A visit that took place at the given time (written directly, so it may lie in the past), completed. */
    public long completedVisit(long schoolId, Caller leader, java.time.LocalDateTime at) {
        org.roundtable.rounding.Visit v = org.roundtable.rounding.Visit.walkIn(em.find(School.class, schoolId),
                em.find(UserAccount.class, leader.userId()), at);
        em.persist(v);
        v.complete(at.plusHours(1), java.time.Instant.now());
        em.flush();
        return v.getId();
    }

    /** A recognition of a team made on the given day, not yet acknowledged. */
    public long recognition(long schoolId, Long visitId, Caller by, LocalDate on, String team) {
        org.roundtable.rounding.Recognition r = new org.roundtable.rounding.Recognition(em.find(School.class, schoolId),
                visitId == null ? null : em.find(org.roundtable.rounding.Visit.class, visitId), null, null, team,
                "Recognized for " + team, on, em.find(UserAccount.class, by.userId()), false);
        em.persist(r);
        em.flush();
        return r.getId();
    }

    /** A check-in series whose first slot is {@code firstOn} (which may lie in the past), without occurrences. */
    public long checkInSeries(Caller principal, Caller leader, LocalDate firstOn, java.time.LocalTime time) {
        org.roundtable.checkin.CheckInSeries s = new org.roundtable.checkin.CheckInSeries(
                em.find(UserAccount.class, principal.userId()), em.find(UserAccount.class, leader.userId()),
                firstOn.getDayOfWeek(), time, 45, firstOn, firstOn.atStartOfDay().minusDays(1));
        em.persist(s);
        em.flush();
        return s.getId();
    }

    /** The occurrence of a series on one of its slots (past or future), scheduled. */
    public long checkIn(long seriesId, LocalDate slot) {
        org.roundtable.checkin.CheckIn c = new org.roundtable.checkin.CheckIn(
                em.find(org.roundtable.checkin.CheckInSeries.class, seriesId), slot);
        em.persist(c);
        em.flush();
        return c.getId();
    }

    /** Gives an account a known password (hashed as the portal does). */
    public void password(long userId, String password) {
        em.find(UserAccount.class, userId).changePasswordHash(hashes.hash(password));
    }

    /** How many private notes of an author on a check-in the database holds, deleted ones included. */
    public long privateNotesKept(long checkInId, long authorId) {
        return em.createQuery("select count(n) from PrivateNote n where n.checkIn.id = :c and n.author.id = :a", Long.class)
                .setParameter("c", checkInId).setParameter("a", authorId).getSingleResult();
    }

    public long countAudit(String actor, String action) {
        return em.createQuery("select count(e) from AuditEvent e where e.actor = :a and e.action = :x", Long.class)
                .setParameter("a", actor).setParameter("x", action).getSingleResult();
    }

    public long anyThemeId() {
        return em.createQuery("select min(t.id) from Theme t where t.retired = false", Long.class).getSingleResult();
    }
}
