package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roundtable.support.AccessMatrix.ADMINS_ONLY;
import static org.roundtable.support.AccessMatrix.EVERYONE;
import static org.roundtable.support.AccessMatrix.LEADERS_OF_A;
import static org.roundtable.support.AccessMatrix.Outcome.DENIED;
import static org.roundtable.support.AccessMatrix.Outcome.NOT_FOUND;
import static org.roundtable.support.AccessMatrix.Outcome.OK;
import static org.roundtable.support.AccessMatrix.expect;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roundtable.observation.ObservationDraft;
import org.roundtable.observation.ObservationFilter;
import org.roundtable.observation.ObservationRow;
import org.roundtable.observation.ObservationSort;
import org.roundtable.observation.Observations;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Themes;
import org.roundtable.observation.Tone;
import org.roundtable.people.People;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.SchoolLevel;
import org.roundtable.people.StaffDraft;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.support.AccessMatrix;
import org.roundtable.support.AccessMatrix.Outcome;
import org.roundtable.support.AccessMatrix.Who;
import org.roundtable.support.ActingCaller;
import org.roundtable.support.Deployments;
import org.roundtable.support.TestData;

/**
 * The access matrix: every service method, called as each kind of caller, against school A's data. A principal
 * of school B must never read or write school A; admins manage but do not read observations.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(SecurityIT.class);
    }

    @Inject
    Observations observations;

    @Inject
    People people;

    @Inject
    Themes themes;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    TestData data;

    long schoolA;
    long schoolB;
    long theme;
    long observationA;
    long staffA;
    AccessMatrix callers;

    @BeforeEach
    void setUp() {
        schoolA = data.school("School A");
        schoolB = data.school("School B");
        theme = data.theme("Matrix");
        callers = new AccessMatrix(data, schoolA, schoolB);
        observationA = data.observation(schoolA, callers.get(Who.PRINCIPAL_A), LocalDate.now(), Tone.CONCERN,
                RoleGroup.TEACHER, "school A private", theme);
        staffA = data.staff(schoolA, "Alex Adams", RoleGroup.TEACHER);
    }

    private void matrix(String action, Map<Who, Outcome> expected, Function<Who, Callable<?>> call) {
        callers.check(action, expected, call);
    }

    private ObservationDraft draftFor(long school) {
        return new ObservationDraft(school, LocalDate.now(), RoleGroup.TEACHER, Set.of(theme), Tone.IDEA, "matrix");
    }

    @Test
    void observationsAreForLeadersAndAPrincipalOnlySeesTheirSchool() {
        matrix("record for A", expect(OK, OK, OK, DENIED, DENIED), who -> () -> observations.record(draftFor(schoolA)));
        matrix("record for A from a rounding visit", expect(OK, OK, OK, DENIED, DENIED),
                who -> () -> observations.record(draftFor(schoolA), SourceType.ROUNDING_VISIT, 42L));
        matrix("find A's observation", LEADERS_OF_A, who -> () -> observations.find(observationA));
        matrix("search filtered to A", LEADERS_OF_A, who -> () -> observations.search(
                new ObservationFilter(schoolA, null, null, null, null, null), 0, 10, ObservationSort.DATE, false));
        matrix("tone counts", expect(OK, OK, OK, OK, DENIED), who -> () -> observations.toneCounts(LocalDate.now()));
        matrix("recent", expect(OK, OK, OK, OK, DENIED), who -> () -> observations.recent(5));
        matrix("revise A's observation (written by principal A)", expect(DENIED, DENIED, OK, NOT_FOUND, DENIED),
                who -> () -> {
                    long version = ActingCaller.as(callers.get(Who.PRINCIPAL_A), () -> observations.find(observationA)).version();
                    observations.revise(observationA, version, draftFor(schoolA));
                    return null;
                });
    }

    @Test
    void aPrincipalsUnfilteredSearchNeverContainsAnotherSchool() throws Exception {
        List<ObservationRow> rows = ActingCaller.as(callers.get(Who.PRINCIPAL_B), () -> observations.search(
                ObservationFilter.none(), 0, 100, ObservationSort.DATE, false).rows());
        assertTrue(rows.stream().allMatch(r -> r.schoolId() == schoolB), "principal B sees only school B");
        List<ObservationRow> district = ActingCaller.as(callers.get(Who.SUPERINTENDENT), () -> observations.search(
                new ObservationFilter(schoolA, null, null, null, null, null), 0, 100, ObservationSort.DATE, false).rows());
        assertTrue(district.stream().anyMatch(r -> r.id() == observationA));
    }

    @Test
    void deniedReadsAreAudited() throws Exception {
        Caller b = callers.get(Who.PRINCIPAL_B);
        assertThrows(NotFoundException.class, () -> ActingCaller.as(b, () -> observations.find(observationA)));
        assertEquals(1, data.countAudit(b.username(), "ACCESS_DENIED"));
    }

    @Test
    void theDirectoryShowsAPrincipalOnlyTheirOwnStaff() {
        matrix("school list", EVERYONE, who -> () -> people.schools());
        matrix("schools to pick from", EVERYONE, who -> () -> people.schoolsInScope());
        matrix("staff of A", expect(OK, OK, OK, NOT_FOUND, OK),
                who -> () -> people.staff(schoolA, null, null, false, 0, 10));
        matrix("add school", ADMINS_ONLY, who -> () -> people.addSchool(TestData.unique("New"), SchoolLevel.HIGH));
        matrix("rename school", ADMINS_ONLY, who -> () -> {
            long id = data.school("Renamed");
            people.updateSchool(id, 0, TestData.unique("Renamed again"), SchoolLevel.ELEMENTARY);
            return null;
        });
        matrix("add staff", ADMINS_ONLY, who -> () -> people.addStaff(new StaffDraft(schoolA, "Bea Brown", RoleGroup.OFFICE, true)));
        matrix("change staff", ADMINS_ONLY, who -> () -> {
            long id = data.staff(schoolA, "Cy Clark", RoleGroup.TEACHER);
            people.updateStaff(id, 0, new StaffDraft(schoolA, "Cy Clark", RoleGroup.TEACHER_LEADER, true));
            return null;
        });
    }

    @Test
    void aPrincipalPicksOnlyTheirOwnSchool() throws Exception {
        var schools = ActingCaller.as(callers.get(Who.PRINCIPAL_A), () -> people.schoolsInScope());
        assertEquals(List.of(schoolA), schools.stream().map(s -> s.id()).toList());
    }

    @Test
    void aPrincipalsUnfilteredStaffListIsTheirOwnSchool() throws Exception {
        var page = ActingCaller.as(callers.get(Who.PRINCIPAL_B), () -> people.staff(null, null, null, false, 0, 100));
        assertTrue(page.rows().stream().allMatch(r -> r.schoolId() == schoolB));
    }

    @Test
    void themesAreReadByEveryoneAndManagedByAdmins() {
        matrix("active themes", EVERYONE, who -> () -> themes.active());
        matrix("all themes", EVERYONE, who -> () -> themes.all());
        matrix("theme usage", ADMINS_ONLY, who -> () -> themes.usage());
        matrix("add theme", ADMINS_ONLY, who -> () -> themes.add(TestData.unique("Theme")));
        matrix("rename theme", ADMINS_ONLY, who -> () -> {
            themes.rename(data.theme("R"), 0, TestData.unique("R2"));
            return null;
        });
        matrix("retire theme", ADMINS_ONLY, who -> () -> {
            themes.retire(data.theme("Ret"), 0, true);
            return null;
        });
        matrix("delete unused theme", ADMINS_ONLY, who -> () -> {
            themes.delete(data.theme("Del"), 0);
            return null;
        });
    }

    @Test
    void accountsAndTheAuditLogAreAdminOnly() {
        matrix("list accounts", ADMINS_ONLY, who -> () -> accounts.list());
        matrix("create account", ADMINS_ONLY, who -> () -> accounts.create("new" + System.nanoTime(),
                new AccountDraft("New Person", "new@example.org", EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, true),
                "a-long-password-1"));
        matrix("change account", ADMINS_ONLY, who -> () -> {
            Caller target = data.account(Role.PRINCIPAL, schoolA);
            accounts.update(target.userId(), 0, new AccountDraft("Renamed", "r@example.org",
                    EnumSet.of(Role.PRINCIPAL), schoolB, true), null);
            return null;
        });
        matrix("read audit log", ADMINS_ONLY, who -> () -> audit.newest(null, 0, 10));
    }

    @Test
    void accountRulesAreCheckedOnTheServer() throws Exception {
        Caller admin = callers.get(Who.ADMIN);
        InvalidRequestException noSchool = assertThrows(InvalidRequestException.class, () -> ActingCaller.as(admin,
                () -> accounts.create("p" + System.nanoTime(), new AccountDraft("P", "p@example.org",
                        EnumSet.of(Role.PRINCIPAL), null, true), "a-long-password-1")));
        assertEquals("account.principal.needsSchool", noSchool.messageKey());
        InvalidRequestException self = assertThrows(InvalidRequestException.class, () -> ActingCaller.as(admin,
                () -> {
                    accounts.update(admin.userId(), 0, new AccountDraft("Me", "me@example.org",
                            EnumSet.of(Role.SUPERINTENDENT), null, true), null);
                    return null;
                }));
        assertEquals("account.self.lockout", self.messageKey());
        assertThrows(jakarta.validation.ConstraintViolationException.class, () -> ActingCaller.as(admin,
                () -> accounts.create("short" + System.nanoTime(), new AccountDraft("S", "s@example.org",
                        EnumSet.of(Role.ADMIN), null, true), "short")));
        String name = "dup" + System.nanoTime();
        ActingCaller.as(admin, () -> accounts.create(name, new AccountDraft("D", "d@example.org",
                EnumSet.of(Role.ADMIN), null, true), "a-long-password-1"));
        InvalidRequestException dup = assertThrows(InvalidRequestException.class, () -> ActingCaller.as(admin,
                () -> accounts.create(name, new AccountDraft("D", "d@example.org", EnumSet.of(Role.ADMIN), null, true),
                        "a-long-password-1")));
        assertEquals("account.username.taken", dup.messageKey());
        Caller target = data.account(Role.ASSISTANT_SUPERINTENDENT, null);
        ActingCaller.as(admin, () -> accounts.update(target.userId(), 0,
                new AccountDraft("T", "t@example.org", EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, false), null));
        assertThrows(ConcurrentEditException.class, () -> ActingCaller.as(admin, () -> accounts.update(target.userId(), 0,
                new AccountDraft("T2", "t@example.org", EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, true), null)));
    }

    @Test
    void nobodyLoggedInIsDeniedEverywhere() {
        assertThrows(AccessDeniedException.class, () -> observations.recent(5));
        assertThrows(AccessDeniedException.class, () -> people.schools());
        assertThrows(AccessDeniedException.class, () -> themes.active());
    }
}
