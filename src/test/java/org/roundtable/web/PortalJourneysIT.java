package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserFixtures;
import org.roundtable.support.Deployments;

/**
 * The user journeys in headless Chromium against the shipped WAR on MariaDB: one Payara for all of them.
 * Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class PortalJourneysIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    /** Where Payara serves the deployment; the tests reach it over loopback whatever address Payara reports. */
    @ArquillianResource
    URL deployed;

    URL base;

    @BeforeEach
    void loopback() throws Exception {
        base = new URL("http", "127.0.0.1", deployed.getPort(), deployed.getFile());
    }

    static BrowserFixtures fx;

    @BeforeAll
    static void fixtures() throws Exception {
        fx = BrowserFixtures.create();
    }

    @Test
    void everyRoleSignsInToItsOwnHomeAndOut() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(fx.superintendent, "Sam Superintendent");
        names.put(fx.assistant, "Alex Assistant");
        names.put(fx.principal, fx.principalName);
        names.put(fx.admin, "Ada Admin");
        try (Browser b = Browser.desktop(base)) {
            for (var e : names.entrySet()) {
                b.login(e.getKey(), BrowserFixtures.PASSWORD);
                assertEquals("/", b.path(), e.getKey() + " lands on the home page");
                assertEquals("Welcome, " + e.getValue(), b.text("h1"));
                boolean admin = e.getKey().equals(fx.admin);
                assertEquals(admin, !b.all("#navAdmin").isEmpty(), "admin menu for admins only");
                assertEquals(!admin, !b.all("#navAdd").isEmpty(), "leaders can add observations");
                if (e.getKey().equals(fx.principal)) {
                    assertTrue(b.text("#scopeHeading").contains("Hallway Middle"), "a principal's home is about their school");
                }
                b.logout();
                assertTrue(b.path().startsWith("/login.xhtml"));
                assertTrue(b.text("#loggedOut").contains("signed out"));
                b.open("/");
                assertTrue(b.path().startsWith("/login.xhtml"), "after logout the portal asks for a login again");
            }
        }
    }

    @Test
    void aWrongPasswordGetsAClearMessage() {
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.principal, "not-the-password");
            assertTrue(b.path().startsWith("/login.xhtml"));
            assertTrue(b.text("#login\\:loginMessages").contains("do not match"));
            b.login("", "");
            assertTrue(b.source().contains("Username: please fill this in."));
        }
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() throws Exception {
        try (Browser b = Browser.desktop(base)) {
            for (int i = 0; i < 5; i++) {
                b.login(fx.guessed, "guess-" + i);
                assertTrue(b.text("#login\\:loginMessages").contains("do not match"));
            }
            b.login(fx.guessed, BrowserFixtures.PASSWORD);
            assertTrue(b.path().startsWith("/login.xhtml"), "still locked out");
            assertTrue(b.text("#login\\:loginMessages").contains("Too many failed attempts"));
        }
        assertEquals(5, fx.audited(fx.guessed, "LOGIN_FAILED"), "failed logins are audited");
        assertEquals(1, fx.audited(fx.guessed, "LOGIN_THROTTLED"));
        assertEquals(0, fx.audited(fx.guessed, "LOGIN"));
    }

    @Test
    void pagesCarrySecurityHeadersAndAHardenedSessionCookie() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.toURI().resolve("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        var h = login.headers();
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(""));
        assertTrue(h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertTrue(h.firstValue("Content-Security-Policy-Report-Only").orElse("").contains("default-src 'self'"));
        assertEquals("no-store", h.firstValue("Cache-Control").orElse(""));
        String cookie = h.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);

        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"UP\"") && ready.body().contains("database"), ready.body());
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutNeedsThePagesToken() {
        try (Browser b = Browser.desktop(base)) {
            b.open("/login.xhtml");
            String before = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            String after = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(after), "a new session id after login");

            b.open("/logout.xhtml");
            assertEquals("Not allowed", b.text("h1"), "a bare GET (as from another site) does not log anyone out");
            b.open("/");
            assertEquals("Welcome, Alex Assistant", b.text("h1"));
        }
    }

    @Test
    void aDeepLinkLeadsThroughTheLoginToThePageAskedForWithANewSessionId() {
        try (Browser b = Browser.desktop(base)) {
            b.open("/observations/index.xhtml");
            assertTrue(b.path().startsWith("/login.xhtml"), b.path());
            String before = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
            b.type("#login\\:username", fx.superintendent).type("#login\\:password", BrowserFixtures.PASSWORD)
                    .clickAndLoad("#login\\:submit");
            assertEquals("/observations/index.xhtml", b.path());
            assertEquals("Observations", b.text("h1"));
            assertFalse(before.equals(b.driver.manage().getCookieNamed("JSESSIONID").getValue()));
        }
    }

    @Test
    void aPrincipalAddsAnObservationOnAPhoneAndFindsItInTheList() throws Exception {
        String text = "Cafeteria line <script>alert('x')</script> runs 20 minutes; kids eat in 10. " + fx.suffix;
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.screenshot("home-principal");
            b.clickAndLoad("#navAdd");
            assertEquals("/observations/new.xhtml", b.path());
            Select school = new Select(b.find("#form\\:school"));
            assertTrue(school.getFirstSelectedOption().getText().startsWith("Hallway Middle"), "a principal's school is preselected");
            new Select(b.find("#form\\:roleGroup")).selectByVisibleText("Food service");
            b.click("label[for='form:themes:8']");
            b.click("label[for='form:tone:1']");
            b.type("#form\\:text", text);
            b.screenshot("observation-entry");
            b.clickAndLoad("#form\\:save");

            assertTrue(b.path().startsWith("/observations/view.xhtml?id="), b.path());
            assertEquals("Observation saved.", b.text("#globalMessages"));
            assertEquals(text, b.text("#text"), "the text reads back exactly, markup shown as text");
            assertTrue(b.source().contains("&lt;script&gt;alert"), "markup is escaped in the page source");
            assertEquals("Concern", b.text("#tone"));
            b.screenshot("observation-view");

            b.clickAndLoad("#back");
            new Select(b.find("#filters\\:tone")).selectByVisibleText("Concern");
            b.click("#filters\\:apply");
            b.waitUntil(() -> b.all("#list\\:table_data .rt-tone").stream().allMatch(t -> t.getText().equals("Concern")));
            assertTrue(b.text("#list\\:table_data").contains("Cafeteria line"));
            assertFalse(b.text("#list\\:table_data").contains("custodial team"), "the tone filter applies");
            b.screenshot("observation-list");
        }
    }

    @Test
    void emptyAndOversizedFormsAreRefusedNextToTheFieldsAndKeepTheText() {
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open("/observations/new.xhtml");
            new Select(b.find("#form\\:roleGroup")).selectByIndex(0);
            b.clickAndLoad("#form\\:save");
            assertEquals("/observations/new.xhtml", b.path().replaceAll(";.*", ""));
            assertTrue(b.text("#form\\:roleGroupMessage").contains("please fill this in"));
            assertTrue(b.text("#form\\:themesMessage").contains("please fill this in"));
            assertTrue(b.text("#form\\:toneMessage").contains("please fill this in"));
            assertTrue(b.text("#form\\:textMessage").contains("please fill this in"));
            b.screenshot("observation-empty");

            String tooLong = "x".repeat(10_000);
            new Select(b.find("#form\\:roleGroup")).selectByVisibleText("Teacher");
            b.click("label[for='form:themes:0']");
            b.click("label[for='form:tone:2']");
            b.type("#form\\:text", tooLong);
            b.clickAndLoad("#form\\:save");
            assertTrue(b.text("#form\\:textMessage").contains("at most 4,000 characters"), b.text("#form\\:textMessage"));
            assertEquals(10_000, b.find("#form\\:text").getAttribute("value").length(), "what was typed is still there");

            b.type("#form\\:text", "Fine text");
            b.find("#form\\:date").clear();
            // the date field's max stops this in the browser; an older browser would send it, so the server checks too
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "var d = document.getElementById('form:date'); d.removeAttribute('max'); d.value = '2999-01-01';");
            b.clickAndLoad("#form\\:save");
            assertTrue(b.text("#form\\:dateMessage").contains("future"), b.text("#form\\:dateMessage"));
        }
    }

    @Test
    void aPrincipalCannotReachAnotherSchoolOrTheAdminPages() throws Exception {
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open("/observations/view.xhtml?id=" + fx.otherSchoolObservation);
            assertEquals("Not found", b.text("h1"));
            assertFalse(b.source().contains("Private to the other school"));
            b.open("/observations/view.xhtml?id=not-a-number");
            assertEquals("Not found", b.text("h1"));
            b.open("/admin/accounts.xhtml");
            assertEquals("Not allowed", b.text("h1"));
            assertFalse(b.source().contains(fx.admin));
            b.screenshot("error-403");
        }
        assertTrue(fx.audited(fx.principal, "LOGIN") >= 1, "logins are audited");
        assertTrue(fx.audited(fx.principal, "ACCESS_DENIED") >= 2, "the other school's record and the admin page");
    }

    @Test
    void aStaleEditIsExplainedAndTheTypedTextKept() throws Exception {
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open("/observations/new.xhtml");
            new Select(b.find("#form\\:roleGroup")).selectByVisibleText("Teacher");
            b.click("label[for='form:themes:1']");
            b.click("label[for='form:tone:2']");
            b.type("#form\\:text", "Original words " + fx.suffix);
            b.clickAndLoad("#form\\:save");
            String id = b.url().replaceAll(".*id=", "");

            String first = b.driver.getWindowHandle();
            b.open("/observations/new.xhtml?id=" + id);
            b.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            b.open("/observations/new.xhtml?id=" + id);
            b.type("#form\\:text", "Second tab wins " + fx.suffix);
            b.clickAndLoad("#form\\:save");
            assertEquals("Changes saved.", b.text("#globalMessages"));

            b.driver.switchTo().window(first);
            b.type("#form\\:text", "First tab too late " + fx.suffix);
            b.clickAndLoad("#form\\:save");
            assertTrue(b.text("#globalMessages").contains("Someone else changed this observation"));
            assertEquals("First tab too late " + fx.suffix, b.find("#form\\:text").getAttribute("value"));
            b.open("/observations/view.xhtml?id=" + id);
            assertEquals("Second tab wins " + fx.suffix, b.text("#text"), "nothing was overwritten");
        }
    }

    @Test
    void anAdminKeepsTheDistrictListsAndANewAccountCanSignIn() {
        String theme = "Attendance " + fx.suffix;
        String school = "Lakeside High " + fx.suffix;
        String username = "newprin-" + fx.suffix;
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.admin, BrowserFixtures.PASSWORD);

            b.open("/admin/themes.xhtml");
            b.type("#edit\\:name", theme).clickAndLoad("#edit\\:save");
            assertEquals("Saved.", b.text("#globalMessages"));
            assertTrue(b.text("#list\\:themes").contains(theme));
            b.type("#edit\\:name", theme.toUpperCase()).clickAndLoad("#edit\\:save");
            assertTrue(b.text("#edit\\:nameMessage").contains("exists already"), "names are unique ignoring case");
            assertEquals(theme.toUpperCase(), b.find("#edit\\:name").getAttribute("value"), "the typed name stays");

            b.open("/admin/schools.xhtml");
            b.type("#edit\\:name", school);
            new Select(b.find("#edit\\:level")).selectByVisibleText("High");
            b.clickAndLoad("#edit\\:save");
            assertTrue(b.text("#list\\:schools").contains(school));

            b.open("/admin/staff.xhtml");
            b.type("#edit\\:fullName", "Rosa Lind");
            new Select(b.find("#edit\\:school")).selectByVisibleText(school);
            new Select(b.find("#edit\\:roleGroup")).selectByVisibleText("Counselor");
            b.clickAndLoad("#edit\\:save");
            assertEquals("Saved.", b.text("#globalMessages"));

            b.open("/admin/accounts.xhtml");
            b.type("#edit\\:username", username).type("#edit\\:displayName", "Nora New")
                    .type("#edit\\:email", username + "@example.org").type("#edit\\:password", "short");
            b.click("label[for='edit:roles:2']");
            b.clickAndLoad("#edit\\:save");
            assertEquals("A password has at least 12 characters.", b.text("#edit\\:passwordMessage"));
            b.type("#edit\\:password", "a-long-password-2");
            new Select(b.find("#edit\\:school")).selectByVisibleText(school);
            b.clickAndLoad("#edit\\:save");
            assertEquals("Saved.", b.text("#globalMessages"));
            assertTrue(b.text("#list\\:accounts").contains(username));
            b.logout();

            b.login(username, "a-long-password-2");
            assertEquals("Welcome, Nora New", b.text("h1"));
            b.open("/people/index.xhtml");
            assertTrue(b.text("#directory\\:staff").contains("Rosa Lind"), "a new principal sees their school's staff");
            b.open("/observations/new.xhtml");
            assertTrue(b.text("#form\\:themes").contains(theme), "the new theme is offered");
        }
    }

    @Test
    void anExpiredOrForgedPageStateGetsTheExpiredPage() {
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open("/observations/new.xhtml");
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = '123:456');");
            b.clickAndLoad("#form\\:save");
            assertEquals("Page expired", b.text("h1"));
        }
    }

    @Test
    void everyPageIsAccessibleAndFitsAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        long own = fx.newestObservationAt(fx.hallwaySchool);
        for (boolean phone : new boolean[]{false, true}) {
            try (Browser b = phone ? Browser.phone(base) : Browser.desktop(base)) {
                scan(b, "/login.xhtml", "login", problems);
                b.login(fx.superintendent, BrowserFixtures.PASSWORD);
                scan(b, "/", "home", problems);
                scan(b, "/observations/index.xhtml", "observations", problems);
                scan(b, "/observations/new.xhtml", "observation-new", problems);
                scan(b, "/observations/view.xhtml?id=" + own, "observation", problems);
                scan(b, "/people/index.xhtml", "people", problems);
                scan(b, "/nothing-here.xhtml", "error-404", problems);
                b.logout();
                b.login(fx.admin, BrowserFixtures.PASSWORD);
                for (String page : List.of("index", "schools", "staff", "themes", "accounts", "questions", "audit", "outbox")) {
                    scan(b, "/admin/" + page + ".xhtml", "admin-" + page, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void scan(Browser b, String path, String name, List<String> problems) {
        b.open(path);
        b.check(name, problems);
    }
}
