package org.roundtable.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.Page;
import org.roundtable.security.Caller;
import org.roundtable.security.CurrentCaller;
import org.roundtable.security.Guard;
import org.roundtable.platform.NotFoundException;

/**
 * The directory: schools and their staff. Everybody signed in sees the list of schools; staff are visible to
 * district leaders and admins for every school, to a principal for their own school only. Admins change both.
 */
@ApplicationScoped
@Transactional
public class People {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    CurrentCaller callers;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    /** Every school with its number of active staff, by name (one grouped query). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolSummary> schools() {
        guard.requireSignedIn();
        return schools(null);
    }

    /** The schools the caller may pick in forms: all for district leaders and admins, their own for a principal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolSummary> schoolsInScope() {
        return schools(staffScope(guard.requireSignedIn()));
    }

    /**
     * The schools the caller may pick in a form's menu, by name: their ids and names only (no head counts, which
     * cost a count per school): every school for district leaders and admins, their own for a principal.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolChoice> schoolChoices() {
        Long only = staffScope(guard.requireSignedIn());
        TypedQuery<SchoolChoice> q = em.createQuery("select new org.roundtable.people.SchoolChoice(s.id, s.name) from School s"
                + (only == null ? "" : " where s.id = :only") + " order by s.name", SchoolChoice.class);
        return only == null ? q.getResultList() : q.setParameter("only", only).getResultList();
    }

    /** The schools by name, or the one school, with their head counts (from the index on school and active, V10). */
    private List<SchoolSummary> schools(Long only) {
        TypedQuery<SchoolSummary> q = em.createQuery("""
                select new org.roundtable.people.SchoolSummary(s.id, s.name, s.level, s.version,
                    (select count(m) from StaffMember m where m.school = s and m.active = true))
                from School s""" + (only == null ? "" : " where s.id = :only") + " order by s.name", SchoolSummary.class);
        return only == null ? q.getResultList() : q.setParameter("only", only).getResultList();
    }

    /**
     * One page of staff, filtered in SQL by school, role group and a part of the name.
     * A principal asking for another school gets {@link NotFoundException}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffRow> staff(Long schoolId, RoleGroup roleGroup, @Size(max = 120) String nameContains,
            boolean includeInactive, @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        Caller caller = guard.requireSignedIn();
        Long scope = staffScope(caller);
        if (scope != null && schoolId != null && !scope.equals(schoolId)) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "school", schoolId, "staff of another school");
            throw new NotFoundException("school " + schoolId);
        }
        Long school = scope != null ? scope : schoolId;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (school != null) {
            where.append(" and s.id = :school");
            params.put("school", school);
        }
        if (roleGroup != null) {
            where.append(" and m.roleGroup = :roleGroup");
            params.put("roleGroup", roleGroup);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            where.append(" and lower(m.fullName) like :name escape '!'");
            params.put("name", "%" + likeEscape(nameContains.strip().toLowerCase()) + "%");
        }
        if (!includeInactive) {
            where.append(" and m.active = true");
        }
        TypedQuery<StaffRow> rows = em.createQuery("""
                select new org.roundtable.people.StaffRow(m.id, m.fullName, m.roleGroup, s.id, s.name, m.active, m.version)
                from StaffMember m join m.school s""" + where + " order by s.name, m.roleGroup, m.fullName, m.id",
                StaffRow.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from StaffMember m join m.school s" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<StaffRow> page = rows.setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Page<>(page, page.isEmpty() && first == 0 ? 0 : count.getSingleResult());
    }

    public long addSchool(@NotBlank(message = "{school.name.required}") @Size(max = 120, message = "{school.name.size}") String name,
            @NotNull(message = "{school.level.required}") SchoolLevel level) {
        Caller caller = guard.requireAdmin("school");
        requireUniqueSchoolName(name.strip(), null);
        School s = new School(name, level);
        em.persist(s);
        em.flush();
        audit.record(caller.username(), Action.SCHOOL_SAVED, "school", s.getId(), "added " + s.getName());
        return s.getId();
    }

    public void updateSchool(long id, long expectedVersion,
            @NotBlank(message = "{school.name.required}") @Size(max = 120, message = "{school.name.size}") String name,
            @NotNull(message = "{school.level.required}") SchoolLevel level) {
        Caller caller = guard.requireAdmin("school");
        School s = em.find(School.class, id);
        if (s == null) {
            throw new NotFoundException("school " + id);
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("school.conflict");
        }
        requireUniqueSchoolName(name.strip(), id);
        s.rename(name);
        s.changeLevel(level);
        audit.record(caller.username(), Action.SCHOOL_SAVED, "school", id, "changed " + s.getName());
    }

    public long addStaff(@NotNull @Valid StaffDraft draft) {
        Caller caller = guard.requireAdmin("staff");
        StaffMember m = new StaffMember(school(draft.schoolId()), draft.fullName(), staffRole(draft.roleGroup()));
        em.persist(m);
        em.flush();
        audit.record(caller.username(), Action.STAFF_SAVED, "staff", m.getId(), "added " + m.getFullName());
        return m.getId();
    }

    public void updateStaff(long id, long expectedVersion, @NotNull @Valid StaffDraft draft) {
        Caller caller = guard.requireAdmin("staff");
        StaffMember m = em.find(StaffMember.class, id);
        if (m == null) {
            throw new NotFoundException("staff " + id);
        }
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("staff.conflict");
        }
        m.update(school(draft.schoolId()), draft.fullName(), staffRole(draft.roleGroup()), draft.active());
        audit.record(caller.username(), Action.STAFF_SAVED, "staff", id, "changed " + m.getFullName());
    }

    /** Principals see their own school's staff; district leaders and admins see everyone. */
    /** One staff member, or not-found when they do not exist or work at a school the caller may not see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffRow staffMember(long id) {
        Caller caller = guard.requireSignedIn();
        Long scope = staffScope(caller);
        StaffRow row = em.createQuery("""
                select new org.roundtable.people.StaffRow(m.id, m.fullName, m.roleGroup, s.id, s.name, m.active, m.version)
                from StaffMember m join m.school s where m.id = :id""", StaffRow.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("staff " + id));
        if (scope != null && row.schoolId() != scope) {
            audit.record(caller.username(), Action.ACCESS_DENIED, "staff", id, "another school");
            throw new NotFoundException("staff " + id);
        }
        return row;
    }

    private static Long staffScope(Caller caller) {
        return caller.isDistrictLeader() || caller.isAdmin() ? null : caller.schoolId();
    }

    private School school(long id) {
        School s = em.find(School.class, id);
        if (s == null) {
            throw new InvalidRequestException("school", "staff.school.unknown");
        }
        return s;
    }

    private static RoleGroup staffRole(RoleGroup roleGroup) {
        if (roleGroup == RoleGroup.STUDENTS) {
            throw new InvalidRequestException("roleGroup", "staff.roleGroup.students");
        }
        return roleGroup;
    }

    private void requireUniqueSchoolName(String name, Long exceptId) {
        long same = em.createQuery(
                        "select count(s) from School s where lower(s.name) = lower(:n) and (:id is null or s.id <> :id)", Long.class)
                .setParameter("n", name).setParameter("id", exceptId).getSingleResult();
        if (same > 0) {
            throw new InvalidRequestException("name", "school.name.taken");
        }
    }

    static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
