package org.roundtable.security;

import org.roundtable.account.AccountDraft;
import org.roundtable.account.Accounts;
import org.roundtable.platform.AccessDeniedException;
import org.roundtable.platform.NotFoundException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.roundtable.support.Inbox;
import org.roundtable.support.TestData;

/**
 * The access matrix: every service method, called as each kind of caller, against school A's data. A principal
 * of school B must never read or write school A; admins manage but do not read observations.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestSupport(SecurityIT.class).addClasses(Inbox.class, Inbox.Mail.class)
                .addAsLibrary(Deployments.jarOf(com.icegreen.greenmail.util.GreenMail.class));
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
    AuditTrail audit;

    @Inject
    org.roundtable.account.PasswordLinks links;

    @Inject
    Credentials credentials;

    @Inject
    PasswordHashes hashes;

    @Inject
    LoginThrottle throttle;

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
        matrix("schools in scope", EVERYONE, who -> () -> people.schoolsInScope());
        matrix("schools to pick from", EVERYONE, who -> () -> people.schoolChoices());
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
        var choices = ActingCaller.as(callers.get(Who.PRINCIPAL_A), () -> people.schoolChoices());
        assertEquals(List.of(schoolA), choices.stream().map(s -> s.id()).toList());
        var leaders = ActingCaller.as(callers.get(Who.SUPERINTENDENT), () -> people.schoolChoices());
        assertTrue(leaders.stream().map(s -> s.id()).toList().containsAll(List.of(schoolA, schoolB)));
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
        Inbox.start();
        matrix("list accounts", ADMINS_ONLY, who -> () -> accounts.list());
        matrix("create account", ADMINS_ONLY, who -> () -> accounts.create("new" + System.nanoTime(),
                new AccountDraft("New Person", "new@example.org", EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, true)));
        matrix("change account", ADMINS_ONLY, who -> () -> {
            Caller target = data.account(Role.PRINCIPAL, schoolA);
            accounts.update(target.userId(), 0, new AccountDraft("Renamed", "r@example.org",
                    EnumSet.of(Role.PRINCIPAL), schoolB, true));
            return null;
        });
        matrix("send a password link", ADMINS_ONLY, who -> () -> {
            accounts.sendPasswordLink(data.account(Role.PRINCIPAL, schoolA).userId());
            return null;
        });
        matrix("read audit log", ADMINS_ONLY, who -> () -> audit.newest(null, 0, 10));
    }

    private <T> T asAdmin(Callable<T> call) throws Exception {
        return ActingCaller.as(callers.get(Who.ADMIN), call);
    }

    private String asAdminRefused(Callable<?> call) {
        return assertThrows(InvalidRequestException.class, () -> asAdmin(call)).messageKey();
    }

    @Test
    void accountRulesAreCheckedOnTheServer() throws Exception {
        Inbox.start();
        Caller admin = callers.get(Who.ADMIN);
        assertEquals("account.principal.needsSchool", asAdminRefused(() -> accounts.create("p" + System.nanoTime(),
                new AccountDraft("P", "p@example.org", EnumSet.of(Role.PRINCIPAL), null, true))));
        assertEquals("account.self.lockout", asAdminRefused(() -> {
            accounts.update(admin.userId(), 0, new AccountDraft("Me", "me@example.org", EnumSet.of(Role.ADMIN), null, false));
            return null;
        }));
        String name = "dup" + System.nanoTime();
        asAdmin(() -> accounts.create(name, new AccountDraft("D", "d@example.org", EnumSet.of(Role.ADMIN), null, true)));
        assertEquals("account.username.taken", asAdminRefused(() -> accounts.create(name,
                new AccountDraft("D", "d@example.org", EnumSet.of(Role.ADMIN), null, true))));
        Caller target = data.account(Role.ASSISTANT_SUPERINTENDENT, null);
        asAdmin(() -> {
            accounts.update(target.userId(), 0, new AccountDraft("T", "t@example.org",
                    EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, false));
            return null;
        });
        assertThrows(ConcurrentEditException.class, () -> asAdmin(() -> {
            accounts.update(target.userId(), 0, new AccountDraft("T2", "t@example.org",
                    EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, true));
            return null;
        }));
        assertEquals("account.inactive", asAdminRefused(() -> {
            accounts.sendPasswordLink(target.userId());
            return null;
        }));
    }

    @Test
    void noAccountChangesItsOwnRolesAndAnAdminHoldsNoLeaderRole() throws Exception {
        Inbox.start();
        Caller admin = data.account(Role.ADMIN, null);
        assertEquals("account.self.roles", assertThrows(InvalidRequestException.class, () -> ActingCaller.as(admin, () -> {
            accounts.update(admin.userId(), 0, new AccountDraft("Me", admin.username() + "@example.org",
                    EnumSet.of(Role.ADMIN, Role.SUPERINTENDENT), null, true));
            return null;
        })).messageKey(), "an admin cannot make itself superintendent");
        assertEquals(1, data.countAudit(admin.username(), "ACCESS_DENIED"));
        Caller other = data.account(Role.ADMIN, null);
        assertEquals("account.admin.noLeaderRole", assertThrows(InvalidRequestException.class, () -> ActingCaller.as(other, () -> {
            accounts.update(admin.userId(), 0, new AccountDraft("Me", admin.username() + "@example.org",
                    EnumSet.of(Role.ADMIN, Role.SUPERINTENDENT), null, true));
            return null;
        })).messageKey(), "nor can another admin give an admin a leader role");
        assertEquals("account.admin.noLeaderRole", assertThrows(InvalidRequestException.class, () -> ActingCaller.as(other,
                () -> accounts.create("both" + System.nanoTime(), new AccountDraft("Both", "b@example.org",
                        EnumSet.of(Role.ADMIN, Role.ASSISTANT_SUPERINTENDENT), null, true)))).messageKey());
    }

    @Test
    void everyRoleGrantedIsAuditedAndMailedToTheSuperintendents() throws Exception {
        Inbox.start();
        Caller sup = data.account(Role.SUPERINTENDENT, null);
        Caller admin = callers.get(Who.ADMIN);
        String name = "grant" + System.nanoTime();
        long id = asAdmin(() -> accounts.create(name, new AccountDraft("Gail Grant", name + "@example.org",
                EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, true)));
        List<Inbox.Mail> toSup = Inbox.to(sup.username() + "@example.org").stream()
                .filter(m -> m.body().contains("(" + name + ")")).toList();
        assertEquals(1, toSup.size(), "the superintendent hears of the new role");
        assertTrue(toSup.get(0).body().contains("ASSISTANT_SUPERINTENDENT"), toSup.get(0).body());
        assertTrue(toSup.get(0).body().contains(admin.username()), "and who granted it");
        assertTrue(data.countAudit(admin.username(), "ROLE_GRANTED") >= 1, "and audited");

        long version = asAdmin(() -> accounts.list()).stream().filter(r -> r.id() == id).findFirst().orElseThrow().version();
        asAdmin(() -> {
            accounts.update(id, version, new AccountDraft("Gail Grant", name + "@example.org",
                    EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, true));
            return null;
        });
        assertEquals(1, Inbox.to(sup.username() + "@example.org").stream().filter(m -> m.body().contains("(" + name + ")"))
                .count(), "no new role, no message");
    }

    @Test
    void aNewAccountsOwnerChoosesTheirPasswordThroughAOneTimeLink() throws Exception {
        Inbox.start();
        String name = "link" + System.nanoTime();
        long id = asAdmin(() -> accounts.create(name, new AccountDraft("Lee Link", name + "@example.org",
                EnumSet.of(Role.ASSISTANT_SUPERINTENDENT), null, true)));
        List<Inbox.Mail> mails = Inbox.to(name + "@example.org");
        assertEquals(1, mails.size());
        String token = token(mails.get(0).body());
        assertEquals(java.util.Optional.of(name), links.usableFor(token));
        assertEquals(java.util.Optional.empty(), credentials.active(name).filter(c -> hashes.matches("chosen-by-lee-1", c.hash())));

        assertThrows(jakarta.validation.ConstraintViolationException.class, () -> links.setPassword(token, "short"));
        links.setPassword(token, "chosen-by-lee-1");
        assertTrue(hashes.matches("chosen-by-lee-1", credentials.active(name).orElseThrow().hash()));
        assertEquals("password.link.invalid", assertThrows(InvalidRequestException.class,
                () -> links.setPassword(token, "a-second-try-1")).messageKey(), "a link works once");
        assertEquals(java.util.Optional.empty(), links.usableFor(token));
        assertEquals(java.util.Optional.empty(), links.usableFor("not-a-token"));
        assertEquals(java.util.Optional.empty(), links.usableFor("x".repeat(5000)));
        assertEquals(java.util.Optional.empty(), links.usableFor("<script>"));
        assertTrue(mails.get(0).body().contains("/password.xhtml?token="), mails.get(0).body());
        assertTrue(id > 0);
    }

    @Test
    void aResetLinkEndsTheAccountsSessionsAndReplacesEarlierLinks() throws Exception {
        Inbox.start();
        Caller principal = data.account(Role.PRINCIPAL, schoolA);
        int epoch = credentials.active(principal.username()).orElseThrow().sessionEpoch();
        asAdmin(() -> {
            accounts.sendPasswordLink(principal.userId());
            return null;
        });
        assertEquals(epoch + 1, credentials.active(principal.username()).orElseThrow().sessionEpoch(),
                "open sessions end at once");
        String first = token(Inbox.to(principal.username() + "@example.org").get(0).body());
        asAdmin(() -> {
            accounts.sendPasswordLink(principal.userId());
            return null;
        });
        assertEquals(java.util.Optional.empty(), links.usableFor(first), "a newer link replaces it");
        String second = token(Inbox.to(principal.username() + "@example.org").get(1).body());
        links.setPassword(second, "a-fresh-password-1");
        assertEquals(epoch + 3, credentials.active(principal.username()).orElseThrow().sessionEpoch(),
                "setting the password ends sessions again");
        assertTrue(data.countAudit(callers.get(Who.ADMIN).username(), "PASSWORD_LINK_SENT") >= 2);
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        Caller principal = data.account(Role.PRINCIPAL, schoolA);
        data.password(principal.userId(), "the-current-one-1");
        assertEquals("account.password.wrong", assertThrows(InvalidRequestException.class, () -> ActingCaller.as(principal,
                () -> accounts.changeMyPassword("a-wrong-guess-1", "a-brand-new-one-1"))).messageKey());
        int epoch = ActingCaller.as(principal, () -> accounts.changeMyPassword("the-current-one-1", "a-brand-new-one-1"));
        assertEquals(epoch, credentials.active(principal.username()).orElseThrow().sessionEpoch());
        assertTrue(hashes.matches("a-brand-new-one-1", credentials.active(principal.username()).orElseThrow().hash()));
        assertFalse(PasswordHashes.needsRehash(credentials.active(principal.username()).orElseThrow().hash()),
                "hashed with today's parameters");
    }

    @Test
    void theLoginThrottleIsSharedInTheDatabaseAndLocksThePairNotTheAccountsOwnerElsewhere() {
        String user = "victim" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            throttle.failed(user, "192.0.2.10");
        }
        assertTrue(throttle.waitFor(user, "192.0.2.10").toSeconds() > 0, "the guesser waits");
        assertEquals(java.time.Duration.ZERO, throttle.waitFor(user, "198.51.100.7"), "the owner, elsewhere, does not");
        throttle.succeeded(user, "198.51.100.7");
        assertTrue(throttle.waitFor(user, "192.0.2.10").toSeconds() > 0, "the owner signing in elsewhere frees no guesser");
        throttle.succeeded(user, "192.0.2.10");
        assertEquals(java.time.Duration.ZERO, throttle.waitFor(user, "192.0.2.10"), "a success from that address clears it");

        String sprayer = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < 20; i++) {
            throttle.failed("sprayed" + i + "-" + System.nanoTime(), sprayer);
        }
        assertTrue(throttle.waitFor("someone-new", sprayer).toSeconds() > 0,
                "one password tried across many accounts from one address is slowed");
    }

    @Test
    void oldHashesAreFoundWeakerThanTodays() {
        assertTrue(PasswordHashes.needsRehash("PBKDF2WithHmacSHA256:120000:AAAA:AAAA"));
        assertTrue(PasswordHashes.needsRehash("garbage"));
        assertFalse(PasswordHashes.needsRehash(hashes.hash("a-long-password-1")));
    }

    private static String token(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    @Test
    void nobodyLoggedInIsDeniedEverywhere() {
        assertThrows(AccessDeniedException.class, () -> observations.recent(5));
        assertThrows(AccessDeniedException.class, () -> people.schools());
        assertThrows(AccessDeniedException.class, () -> themes.active());
    }
}
