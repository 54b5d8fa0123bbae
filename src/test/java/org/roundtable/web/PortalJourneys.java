package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserFixtures;
import org.roundtable.support.Http;
import org.roundtable.support.Probe;
import org.roundtable.support.Inbox;

/**
 * The portal's own journeys (run by {@link JourneysIT}): signing in and out, the gate, accounts and password links,
 * forms and their messages, the phone menu, accessibility of every page, and what a scanner sends (last, since it
 * presses every button it finds).
 */
abstract class PortalJourneys extends RoundingJourneys {

    static BrowserFixtures fx;

    @BeforeAll
    static void portalFixtures() throws Exception {
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
                assertEquals(e.getValue(), b.text("#myAccount"), "the name in the header leads to My account");
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
            assertEquals(1, b.source().split("do not match", -1).length - 1, "the message shows once");
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
        List<String> csp = h.allValues("Content-Security-Policy");
        assertTrue(csp.stream().anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")), csp.toString());
        assertTrue(csp.stream().anyMatch(p -> p.matches(".*script-src 'self' 'nonce-[^']+'.*")), "scripts need the nonce: " + csp);
        assertTrue(csp.stream().noneMatch(p -> p.contains("script-src") && p.contains("unsafe")), "enforced, no unsafe-inline: " + csp);
        assertTrue(h.firstValue("Content-Security-Policy-Report-Only").isEmpty(), "enforced, not report-only");
        assertEquals("no-store", h.firstValue("Cache-Control").orElse(""));
        assertTrue(h.allValues("Set-Cookie").isEmpty(), "no session before signing in: " + h.allValues("Set-Cookie"));
        // the session begins at sign-in, with a hardened cookie
        String nonce = group(login.body(), "<script[^>]* nonce=\"([^\"]+)\"");
        HttpResponse<String> signIn = http.send(form(base.toURI().resolve("/"), "login=login&login%3Ausername=" + fx.assistant
                + "&login%3Apassword=" + BrowserFixtures.PASSWORD + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState=stateless"
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, "UTF-8")), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signIn.statusCode());
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        // a page of 20 KB leaves in one write, with its length (the container's 8 KiB buffer sent it in chunks)
        HttpResponse<byte[]> list = http.send(HttpRequest.newBuilder(base.toURI().resolve("/observations/index.xhtml"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().length > 8 * 1024, "a list longer than the container's buffer: " + list.body().length);
        assertEquals(list.body().length, list.headers().firstValueAsLong("Content-Length").orElse(-1), list.headers().map().toString());

        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"UP\"") && ready.body().contains("database"), ready.body());
        assertFalse(ready.body().contains("\"data\""), "a visitor learns UP or DOWN, not the database or the heap: " + ready.body());
        HttpResponse<String> all = http.send(HttpRequest.newBuilder(base.toURI().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(all.body().contains("\"data\""), all.body());
    }

    @Test
    void theSessionIdChangesAtLoginAndLogoutNeedsThePagesToken() {
        try (Browser b = Browser.desktop(base)) {
            b.open("/login.xhtml");
            assertEquals(null, b.driver.manage().getCookieNamed("JSESSIONID"), "no session before signing in");
            // a session id planted by someone else (session fixation) is not the one the signed-in user gets
            b.driver.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "planted0by0an0attacker"));
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            String after = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse("planted0by0an0attacker".equals(after), "a new session id after login");

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
            assertEquals(null, b.driver.manage().getCookieNamed("JSESSIONID"), "sent to sign in without a session");
            b.type("#login\\:username", fx.superintendent).type("#login\\:password", BrowserFixtures.PASSWORD)
                    .clickAndLoad("#login\\:submit");
            assertEquals("/observations/index.xhtml", b.path());
            assertEquals("Observations", b.text("h1"));
            assertTrue(b.driver.manage().getCookieNamed("JSESSIONID") != null, "the session begins at sign-in");
        }
    }

    @Test
    void enterInASingleFieldFormPressesThatFormsOwnButton() {
        String theme = "Enter theme " + fx.suffix;
        String question = "What would you change first? " + fx.suffix;
        try (Browser b = Browser.desktop(base)) {
            b.open("/login.xhtml");
            b.type("#login\\:username", fx.admin).type("#login\\:password", BrowserFixtures.PASSWORD);
            b.find("#login\\:password").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitUntil(() -> "/".equals(b.path()));

            b.open("/admin/themes.xhtml");
            b.type("#edit\\:name", theme);
            b.find("#edit\\:name").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitUntil(() -> b.text("#list\\:themes").contains(theme));

            b.open("/admin/questions.xhtml");
            b.type("#add\\:text", question);
            b.find("#add\\:text").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitUntil(() -> b.text("#questions").contains(question));
            // Rewording a question: Enter saves that row, not the first row's buttons.
            int row = b.all("#questions > li").size() - 1;
            String prefix = "#list\\:rows\\:" + row + "\\:";
            b.click(prefix + "edit");
            b.waitUntil(() -> !b.all(prefix + "editText").isEmpty());
            b.type(prefix + "editText", question + " (reworded)");
            b.find(prefix + "editText").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitUntil(() -> b.text("#questions").contains(question + " (reworded)"));
            b.logout();

            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open("/people/index.xhtml");
            b.type("#directory\\:name", "Ivy");
            b.find("#directory\\:name").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitUntil(() -> !b.text("#directory\\:staff").contains("Nia Patel"));
            assertTrue(b.text("#directory\\:staff").contains("Ivy Chen"));
            b.type("#directory\\:name", "x".repeat(130));
            b.driver.executeScript("arguments[0].removeAttribute('maxlength')", b.find("#directory\\:name"));
            b.type("#directory\\:name", "x".repeat(500));
            b.click("#directory\\:search");
            b.waitUntil(() -> !b.text("#directory\\:nameMessage").isEmpty());
            assertTrue(b.text("#directory\\:nameMessage").contains("120"), "a 500-character search is refused in words: "
                    + b.text("#directory\\:nameMessage"));
        }
    }

    @Test
    void onAPhoneEveryDestinationIsInTheMenuWithoutScrollingSideways() {
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            assertFalse(b.find("#navPeople").isDisplayed(), "the menu is folded on a phone");
            b.click("#menuButton");
            b.waitUntil(() -> b.find("#navPeople").isDisplayed());
            for (String link : List.of("#navHome", "#navRounding", "#navCheckIns", "#navObservations", "#navAdd", "#navPeople",
                    "#navMyAccount", "#logout")) {
                org.openqa.selenium.WebElement e = b.find(link);
                assertTrue(e.isDisplayed(), link + " is shown");
                assertTrue(e.getRect().getX() >= 0 && e.getRect().getX() + e.getRect().getWidth() <= 375, link + " fits the screen");
            }
            assertEquals(0, b.horizontalOverflow(), "nothing scrolls sideways");
            b.screenshot("menu-phone");
            b.nav("#navPeople");
            assertEquals("/people/index.xhtml", b.path());
            b.open("/rounding/index.xhtml");
            assertEquals(0, b.horizontalOverflow(), "the rounding buttons wrap");
            for (org.openqa.selenium.WebElement button : b.all(".rt-actions-top .rt-button")) {
                assertTrue(button.getRect().getX() + button.getRect().getWidth() <= 375, button.getText() + " is on screen");
            }
        }
    }

    @Test
    void aPrincipalAddsAnObservationOnAPhoneAndFindsItInTheList() throws Exception {
        String text = "Cafeteria line <script>alert('x')</script> runs 20 minutes; kids eat in 10. " + fx.suffix;
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.screenshot("home-principal");
            b.nav("#navAdd");
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
            b.clickAndLoad("#filters\\:apply");
            assertEquals("/observations/index.xhtml?tone=CONCERN", b.path(), "the filter is the address, empty fields left out");
            assertTrue(b.all("#list\\:table_data .rt-tone").stream().allMatch(t -> t.getText().equals("Concern")));
            assertTrue(b.text("#list\\:table_data").contains("Cafeteria line"));
            assertFalse(b.text("#list\\:table_data").contains("custodial team"), "the tone filter applies");
            b.screenshot("observation-list");
        }
    }

    /**
     * Two tabs: a form left open in one still saves after twenty pages read in the other. The session keeps the state
     * of its newest 15 views; pages without a form (home, the list, an observation) must keep none, or reading them
     * would push the form's state out and bring it back as expired, its text lost.
     */
    @Test
    void aFormLeftOpenStillSavesAfterReadingManyPagesInAnotherTab() {
        String text = "Library hours posted at the entrance; families asked twice this week. " + fx.suffix;
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open("/observations/index.xhtml");
            String anObservation = b.find("#list\\:table_data .obs-link").getAttribute("href");
            b.open("/observations/new.xhtml");
            String form = b.driver.getWindowHandle();
            new Select(b.find("#form\\:roleGroup")).selectByVisibleText("Teacher");
            b.click("label[for='form:themes:0']");
            b.click("label[for='form:tone:0']");
            b.type("#form\\:text", text);

            b.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            for (int i = 0; i < 10; i++) {
                b.open("/index.xhtml");
                assertEquals("/index.xhtml", b.path());
                b.driver.get(anObservation);
                b.waitForPage();
                assertTrue(b.path().startsWith("/observations/view.xhtml"), b.path());
            }
            b.driver.close();
            b.driver.switchTo().window(form);
            b.clickAndLoad("#form\\:save");
            assertTrue(b.path().startsWith("/observations/view.xhtml?id="), "saved, not expired: " + b.path());
            assertEquals("Observation saved.", b.text("#globalMessages"));
            assertEquals(text, b.text("#text"));
        }
    }

    /**
     * Issue 12 (and the trends' drill-down): the list opens filtered, ordered and paged from its address, its filter
     * form showing what the address asked for, and paging on from there; an address it cannot use is a 400 page, a
     * school or theme that does not exist a 404, and a principal's address naming another school a 404 that is
     * audited — nothing read for it.
     */
    @Test
    void theListOpensFromItsAddressAndABadAddressIsRefused() throws Exception {
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/observations/index.xhtml?tone=CONCERN&sort=OLDEST");
            assertEquals("Concern", new Select(b.find("#filters\\:tone")).getFirstSelectedOption().getText());
            List<String> tones = b.all("#list\\:table_data .rt-tone").stream().map(t -> t.getText()).toList();
            assertFalse(tones.isEmpty(), "the fixtures have concerns");
            assertTrue(tones.stream().allMatch("Concern"::equals), tones.toString());
            List<String> days = b.all("#list\\:table_data tr td:first-child").stream().map(d -> d.getText().replaceAll("^Date\\s*", "")).toList();
            assertEquals(days.stream().sorted().toList(), days, "oldest first, as the address asked");
            // the form's own filter still works on a list opened from an address, and keeps its order
            new Select(b.find("#filters\\:tone")).selectByVisibleText("Celebration");
            b.pressEnterAndLoad("#filters\\:from");
            assertEquals("/observations/index.xhtml?tone=CELEBRATION&sort=OLDEST", b.path(),
                    "Enter in a field sends the form; the order is kept, empty fields and the usual page size left out");
            assertTrue(b.all("#list\\:table_data .rt-tone").stream().allMatch(t -> t.getText().equals("Celebration")));
            // the headers order the list, the date's turning oldest first into newest first; the pages page on
            b.clickAndLoad("#list\\:sortDate");
            assertEquals("descending", b.find("#list\\:sortDate").findElement(org.openqa.selenium.By.xpath("..")).getAttribute("aria-sort"));
            List<String> newest = b.all("#list\\:table_data tr td:first-child").stream().map(d -> d.getText()).toList();
            assertEquals(newest.stream().sorted(java.util.Comparator.reverseOrder()).toList(), newest, "newest first");
            // a bookmark of a page the list no longer reaches says so and links back to the last page
            b.open("/observations/index.xhtml?tone=CONCERN&page=400");
            assertTrue(b.text("#list\\:empty").contains("past the end of the list"), b.text("#list\\:empty"));
            b.clickAndLoad("#list\\:previous");
            assertFalse(b.all("#list\\:table_data .obs-link").isEmpty(), "the last page has rows: " + b.path());
            assertTrue(b.all("#list\\:next").isEmpty(), "and is the last");
            b.clickAndLoad("#filters\\:clear");
            assertEquals("/observations/index.xhtml", b.path(), "clear: every observation, newest first");
            assertEquals("Any", new Select(b.find("#filters\\:tone")).getFirstSelectedOption().getText());
            if (!b.all("#list\\:next").isEmpty()) {
                String first = b.find("#list\\:table_data .obs-link").getAttribute("href");
                b.clickAndLoad("#list\\:next");
                assertEquals("/observations/index.xhtml?page=2", b.path());
                assertEquals("2", b.find("#list\\:pager [aria-current='page']").getText());
                assertFalse(first.equals(b.find("#list\\:table_data .obs-link").getAttribute("href")), "another page");
                b.driver.navigate().back();
                b.waitForPage();
                assertEquals(first, b.find("#list\\:table_data .obs-link").getAttribute("href"), "back is the first page again");
            }
        }
        HttpClient leader = Http.signedIn(base, fx.superintendent, BrowserFixtures.PASSWORD);
        Map<String, Integer> answers = new LinkedHashMap<>();
        answers.put("?school=" + fx.hallwaySchool + "&page=2", 200);
        answers.put("?school=twelve", 400);
        answers.put("?page=0", 400);
        answers.put("?page=-3", 400);
        answers.put("?page=501", 400); // past the newest 10,000 the list does not page: a scanner cannot make it read a million
        answers.put("?size=50&page=201", 400);
        answers.put("?size=10&page=1000", 200);
        answers.put("?size=7", 400); // a page size the list does not offer
        answers.put("?size=100000", 400);
        answers.put("?from=2026-13-45", 400);
        answers.put("?tone=FURIOUS", 400);
        answers.put("?sort=SIDEWAYS", 400);
        answers.put("?school=999999999", 404);
        answers.put("?theme=999999999", 404);
        for (Map.Entry<String, Integer> answer : answers.entrySet()) {
            assertEquals(answer.getValue(), leader.send(HttpRequest.newBuilder(base.toURI().resolve("/observations/index.xhtml"
                    + answer.getKey())).build(), HttpResponse.BodyHandlers.discarding()).statusCode(), answer.getKey());
        }
        HttpClient principal = Http.signedIn(base, fx.principal, BrowserFixtures.PASSWORD);
        long denials = fx.audited(fx.principal, "ACCESS_DENIED");
        HttpResponse<String> other = principal.send(HttpRequest.newBuilder(base.toURI().resolve("/observations/index.xhtml?school="
                + fx.otherSchool)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode(), "another school's list by address");
        assertFalse(other.body().contains("list:table"), "nothing of the list is shown");
        assertEquals(denials + 1, fx.audited(fx.principal, "ACCESS_DENIED"), "the denial is audited");
        assertEquals(200, principal.send(HttpRequest.newBuilder(base.toURI().resolve("/observations/index.xhtml?school="
                + fx.hallwaySchool)).build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "their own school's");
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
            b.open("/rounding/plan.xhtml");
            assertEquals("Not allowed", b.text("h1"), "a principal is told on opening the plan page, not after filling it in");
            assertTrue(b.all("#form\\:school").isEmpty());
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
            assertTrue(b.all("#edit\\:password").isEmpty(), "an admin never chooses a password");
            b.type("#edit\\:username", username).type("#edit\\:displayName", "Nora New")
                    .type("#edit\\:email", username + "@example.org");
            b.click("label[for='edit:roles:2']");
            b.clickAndLoad("#edit\\:save");
            assertTrue(b.text("#edit\\:schoolMessage").contains("school"), "a principal needs a school");
            new Select(b.find("#edit\\:school")).selectByVisibleText(school);
            b.clickAndLoad("#edit\\:save");
            assertTrue(b.text("#globalMessages").startsWith("Account created."), b.text("#globalMessages"));
            assertTrue(b.text("#list\\:accounts").contains(username));
            b.logout();

            List<Inbox.Mail> welcome = Inbox.to(username + "@example.org");
            assertEquals(1, welcome.size(), "the new principal gets a link");
            String link = linkPath(welcome.get(0).body());
            b.open(link);
            assertTrue(b.text("#forUser").contains(username));
            b.screenshot("password-link");
            b.type("#password\\:password", "a-long-password-2").type("#password\\:repeated", "a-long-password-3")
                    .clickAndLoad("#password\\:save");
            assertTrue(b.text("#password\\:repeatedMessage").contains("differ"));
            b.type("#password\\:password", "a-long-password-2").type("#password\\:repeated", "a-long-password-2");
            b.find("#password\\:repeated").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.waitUntil(() -> !b.all("#passwordSet").isEmpty());
            assertTrue(b.text("#passwordSet").contains("new password is set"), "Enter submits the form");
            b.open(link);
            assertTrue(b.text("#linkInvalid").contains("has been used"), "the link works once");

            b.login(username, "a-long-password-2");
            assertEquals("Welcome, Nora New", b.text("h1"));
            b.open("/account.xhtml");
            b.type("#mine\\:current", "not-my-password-1").type("#mine\\:password", "a-long-password-4")
                    .type("#mine\\:repeated", "a-long-password-4").clickAndLoad("#mine\\:change");
            assertEquals("That is not your current password.", b.text("#mine\\:currentMessage"));
            b.screenshot("my-account");
            b.open("/people/index.xhtml");
            assertTrue(b.text("#directory\\:staff").contains("Rosa Lind"), "a new principal sees their school's staff");
            b.open("/observations/new.xhtml");
            assertTrue(b.text("#form\\:themes").contains(theme), "the new theme is offered");
        }
    }

    /** The path and query of the password link in a mail (its host is the configured public address). */
    private static String linkPath(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://[^/\\s]+(/password\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    @Test
    void aResetLinkOrADeactivationEndsTheOpenSessionsOfThatAccount() {
        try (Browser user = Browser.desktop(base); Browser admin = Browser.desktop(base)) {
            user.login(fx.resettable, BrowserFixtures.PASSWORD);
            assertEquals("/", user.path());
            admin.login(fx.admin, BrowserFixtures.PASSWORD);
            admin.open("/admin/accounts.xhtml");
            admin.clickAndLoad("a[id$=':edit'][data-user='" + fx.resettable + "']");
            admin.click("#edit\\:sendLink");
            admin.waitUntil(() -> admin.find("#confirmYes").isDisplayed());
            admin.clickAndLoad("#confirmYes");
            assertTrue(admin.text("#globalMessages").contains("open sessions have ended"), admin.text("#globalMessages"));

            user.open("/observations/index.xhtml");
            assertTrue(user.path().startsWith("/login.xhtml"), "the session ended: " + user.path());
            assertTrue(user.text("#sessionEnded").contains("session has ended"));
            String link = linkPath(Inbox.to(fx.resettable + "@example.org").get(0).body());
            user.open(link);
            user.type("#password\\:password", "a-reset-password-1").type("#password\\:repeated", "a-reset-password-1")
                    .clickAndLoad("#password\\:save");
            user.login(fx.resettable, BrowserFixtures.PASSWORD);
            assertTrue(user.text("#login\\:loginMessages").contains("do not match"), "the old password is gone");
            user.login(fx.resettable, "a-reset-password-1");
            assertEquals("/", user.path());
        }
    }

    @Test
    void fourParallelSessionsGetNoWrongRefusalsInThousandsOfRequests() throws Exception {
        List<String> users = List.of(fx.superintendent, fx.assistant, fx.principal, fx.admin);
        long deniedBefore = denials(users);
        List<HttpClient> clients = new ArrayList<>();
        for (String user : users) {
            clients.add(Http.signedIn(base, user, BrowserFixtures.PASSWORD));
        }
        int perSession = 750;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(users.size());
        try {
            List<java.util.concurrent.Future<Map<Integer, Integer>>> results = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                HttpClient client = clients.get(i);
                // A page of each one's role (admin pages, leaders' pages) and one for everybody.
                String page = users.get(i).equals(fx.admin) ? "/admin/index.xhtml" : "/checkins/index.xhtml";
                results.add(pool.submit(() -> {
                    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
                    for (int n = 0; n < perSession; n++) {
                        int status = client.send(HttpRequest.newBuilder(base.toURI().resolve(n % 3 == 0 ? "/account.xhtml" : page)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        statuses.merge(status, 1, Integer::sum);
                    }
                    return statuses;
                }));
            }
            for (int i = 0; i < users.size(); i++) {
                assertEquals(Map.of(200, perSession), results.get(i).get(), users.get(i) + ": every request answered 200");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(deniedBefore, denials(users), "and no false denial in the audit log");
    }

    private static long denials(List<String> users) throws java.sql.SQLException {
        long n = 0;
        for (String u : users) {
            n += fx.audited(u, "ACCESS_DENIED");
        }
        return n;
    }

    @Test
    void theLoginRedirectIsAPathNeverTheHostHeaderAndNoSessionIsMadeForAVisitor() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> deep = http.send(HttpRequest.newBuilder(base.toURI().resolve("/checkins/index.xhtml?x=1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, deep.statusCode());
        assertEquals("/login.xhtml?next=%2Fcheckins%2Findex.xhtml%3Fx%3D1", deep.headers().firstValue("Location").orElse(""));
        assertTrue(deep.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a visitor sent to the login page");
        assertEquals("nosniff", deep.headers().firstValue("X-Content-Type-Options").orElse(""), "headers on redirects too");

        for (String evil : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            assertEquals("/", org.roundtable.security.AccessFilter.safeNext(evil), evil);
        }
        HttpClient principal = Http.signedIn(base, fx.principal, BrowserFixtures.PASSWORD);
        for (String disguised : List.of("/rounding/plan.xhtml", "/rounding/%70lan.xhtml", "/%61dmin/accounts.xhtml")) {
            assertEquals(403, principal.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + disguised))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "the gate sees through " + disguised);
        }
        HttpClient signedIn = Http.signedIn(base, fx.superintendent, BrowserFixtures.PASSWORD, "evil.example:8443",
                "/rounding/index.xhtml");
        assertTrue(Http.lastLocation.startsWith("/rounding/index.xhtml"), "after login: " + Http.lastLocation);
        assertTrue(signedIn.send(HttpRequest.newBuilder(base.toURI().resolve("/rounding/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    /**
     * Issue 12: requests at once (fast paging, a double click, two tabs) each get their own page: 24 page requests in
     * parallel on one session answer what the same pages answer one at a time, without an error — the observation
     * list's pages by address, and the directory's AJAX-paged staff table on one view (a table model shared by the
     * view's requests mixed them up, or failed in {@code getRowData}).
     */
    @Test
    void parallelPagesOfOneViewNeverMixOrFail() throws Exception {
        fx.observations(60);
        fx.staff(160);
        HttpClient http = Http.signedIn(base, fx.superintendent, BrowserFixtures.PASSWORD);
        // The observation list pages by address: pages asked for at once on one session are requests of their own.
        java.util.function.IntFunction<String> firstObservationOf = n -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("/observations/index.xhtml?size=10&page="
                        + (n + 1))).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), "page " + n);
                assertFalse(r.body().contains("jakarta.faces.ViewState"), "the list keeps no view state");
                return group(r.body(), "view\\.xhtml\\?id=([0-9]+)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertPagesNeverMix(firstObservationOf);
        // The directory's staff table pages by AJAX on one view: requests at once on that view never share a page.
        String page = http.send(HttpRequest.newBuilder(base.toURI().resolve("/people/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String viewState = group(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        String nonce = group(page, "<script[^>]* nonce=\"([^\"]+)\"");
        java.util.function.IntFunction<String> firstStaffOf = n -> {
            String body = "jakarta.faces.partial.ajax=true&jakarta.faces.source=directory%3Astaff"
                    + "&jakarta.faces.partial.execute=directory%3Astaff&jakarta.faces.partial.render=directory%3Astaff"
                    + "&directory%3Astaff_pagination=true&directory%3Astaff_first=" + (25 * n) + "&directory%3Astaff_rows=25"
                    + "&directory%3Astaff_skipChildren=true&directory%3Astaff_encodeFeature=true&directory=directory"
                    + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, java.nio.charset.StandardCharsets.UTF_8)
                    + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8);
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.toURI().resolve("/people/index.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                assertFalse(r.body().contains("<error>"), "page " + n + ": " + r.body());
                return group(r.body(), "person\\.xhtml\\?id=([0-9]+)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        assertPagesNeverMix(firstStaffOf);
        // A page size the table does not offer, by AJAX on the same view: the exception handler made for it (AjaxErrors,
        // only once an exception is queued) answers with the bad-request page inside the AJAX answer, not a 500.
        String forged = "jakarta.faces.partial.ajax=true&jakarta.faces.source=directory%3Astaff"
                + "&jakarta.faces.partial.execute=directory%3Astaff&jakarta.faces.partial.render=directory%3Astaff"
                + "&directory%3Astaff_pagination=true&directory%3Astaff_first=0&directory%3Astaff_rows=7"
                + "&directory%3Astaff_skipChildren=true&directory%3Astaff_encodeFeature=true&directory=directory"
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, java.nio.charset.StandardCharsets.UTF_8)
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(base.toURI().resolve("/people/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(forged)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("That request could not be used"), refused.body());
        assertFalse(refused.body().contains("person.xhtml?id="), "no rows for a forged page size: " + refused.body());
    }

    /** Six pages read one by one differ, and 24 requests for them, twelve at once, each get their own page's rows. */
    private static void assertPagesNeverMix(java.util.function.IntFunction<String> firstRowOf) throws Exception {
        Map<Integer, String> alone = new java.util.TreeMap<>();
        for (int n = 0; n < 6; n++) {
            alone.put(n, firstRowOf.apply(n));
        }
        assertEquals(6, new java.util.HashSet<>(alone.values()).size(), "six different pages: " + alone);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i % 6;
                answers.add(pool.submit(() -> firstRowOf.apply(n)));
            }
            for (int i = 0; i < 24; i++) {
                assertEquals(alone.get(i % 6), answers.get(i).get(), "request " + i + " for page " + (i % 6));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String group(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text.substring(0, Math.min(2_000, text.length())));
        }
        return m.group(1);
    }

    /**
     * Issue 12: an anonymous visitor (or a hundred thousand of them) gets no HTTP session — not from the login page,
     * the pages that send them there, an error page or a failed or refused sign-in — since the login and error pages
     * are transient views; the stateless login form still signs in, and only then is a session created. A post from
     * another site's page is refused.
     */
    @Test
    void anAnonymousVisitorGetsNoSessionAndTheStatelessLoginFormStillSignsIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI root = base.toURI().resolve("/");
        String login = http.send(HttpRequest.newBuilder(root.resolve("/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals("stateless", group(login, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
        String nonce = group(login, "<script[^>]* nonce=\"([^\"]+)\"");
        String wrong = "login=login&login%3Ausername=" + fx.principal + "&login%3Apassword=not-it&login%3Asubmit=Sign+in"
                + "&jakarta.faces.ViewState=stateless";
        Map<String, HttpRequest> anonymous = new LinkedHashMap<>();
        anonymous.put("the login page", HttpRequest.newBuilder(root.resolve("/login.xhtml")).build());
        anonymous.put("the login page with a next page", HttpRequest.newBuilder(root.resolve("/login.xhtml?next=%2Fpeople%2F")).build());
        anonymous.put("a page that sends to the login page", HttpRequest.newBuilder(root.resolve("/observations/index.xhtml")).build());
        anonymous.put("the home page", HttpRequest.newBuilder(root).build());
        anonymous.put("an error page asked for", HttpRequest.newBuilder(root.resolve("/error/500.xhtml")).build());
        anonymous.put("a failed sign-in", form(root, wrong + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, "UTF-8")));
        anonymous.put("a sign-in without the page's nonce", form(root, wrong));
        for (Map.Entry<String, HttpRequest> request : anonymous.entrySet()) {
            HttpResponse<String> response = http.send(request.getValue(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() < 500, request.getKey() + " answered " + response.statusCode());
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    request.getKey() + " created a session: " + response.headers().allValues("Set-Cookie"));
        }
        assertTrue(http.send(form(root, wrong + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce, "UTF-8")),
                HttpResponse.BodyHandlers.ofString()).body().contains("do not match"), "a failed sign-in says so");
        HttpRequest crossSite = HttpRequest.newBuilder(root.resolve("/login.xhtml")).header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                        "login=login&login%3Ausername=" + fx.principal + "&login%3Apassword=" + BrowserFixtures.PASSWORD
                                + "&login%3Asubmit=Sign+in&jakarta.faces.ViewState=stateless&primefaces.nonce="
                                + java.net.URLEncoder.encode(nonce, "UTF-8"))).build();
        HttpResponse<String> refused = http.send(crossSite, HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode(), "a sign-in posted from another site");
        assertTrue(refused.headers().allValues("Set-Cookie").isEmpty(), "a refused cross-site sign-in created a session");

        HttpClient signedIn = Http.signedIn(base, fx.principal, BrowserFixtures.PASSWORD);
        assertEquals(200, signedIn.send(HttpRequest.newBuilder(root.resolve("/people/index.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the stateless login form signs in");
        HttpResponse<String> missing = signedIn.send(HttpRequest.newBuilder(root.resolve("/nothing-here.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("rt-user-name"), "a signed-in caller's error page still shows who is signed in");
    }

    private static HttpRequest form(URI root, String body) {
        return HttpRequest.newBuilder(root.resolve("/login.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
        long own = fx.newestObservationAt(fx.hallwaySchool);
        // the critical conversations' pages are checked in their own journey, at both sizes
        // desktop and phone side by side, each in its own browser (the scans are most of this test's time)
        java.util.concurrent.ExecutorService sizes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<String>>> found = new ArrayList<>();
            for (boolean phone : new boolean[]{false, true}) {
                found.add(sizes.submit(() -> scanAll(phone, own)));
            }
            List<String> problems = new ArrayList<>();
            for (var f : found) {
                problems.addAll(f.get());
            }
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        } finally {
            sizes.shutdownNow();
        }
    }

    private List<String> scanAll(boolean phone, long own) {
        List<String> problems = new ArrayList<>();
        try (Browser b = phone ? Browser.phone(base) : Browser.desktop(base)) {
            scan(b, "/login.xhtml", "login", problems);
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            scan(b, "/", "home", problems);
            scan(b, "/observations/index.xhtml", "observations", problems);
            scan(b, "/observations/new.xhtml", "observation-new", problems);
            scan(b, "/observations/view.xhtml?id=" + own, "observation", problems);
            scan(b, "/people/index.xhtml", "people", problems);
            scan(b, "/trends/index.xhtml", "trends", problems);
            scan(b, "/trends/theme.xhtml?theme=" + fx.theme, "trends-theme", problems);
            scan(b, "/nothing-here.xhtml", "error-404", problems);
            b.logout();
            b.login(fx.admin, BrowserFixtures.PASSWORD);
            for (String page : List.of("index", "schools", "staff", "themes", "accounts", "questions", "audit", "outbox")) {
                scan(b, "/admin/" + page + ".xhtml", "admin-" + page, problems);
            }
        }
        return problems;
    }

    /**
     * Issue 9, 23: what a scanner sends gets no server error. Every page is asked for with odd parameters by a visitor,
     * a principal, the superintendent and an admin, and every form the principal and the superintendent see is
     * pressed as rendered, replayed, oversized, with a forged page state and over AJAX. It runs last, on its own school
     * and accounts, so its posts change nothing the other journeys read; it never posts the login form, whose failures
     * would count against this address's sign-in throttle.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void aScannersOddRequestsAndReplayedPostsNeverGetAServerError() throws Exception {
        BrowserFixtures own = BrowserFixtures.create();
        long visit = own.plannedVisit("What the probe plans to ask " + own.suffix);
        long[] checkIns = own.checkInSeriesWithToday();
        List<String> pages = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
            files.map(f -> "/" + java.nio.file.Path.of("src/main/webapp").relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".xhtml") && !f.startsWith("/WEB-INF") && !f.startsWith("/resources"))
                    .sorted().forEach(pages::add);
        }
        List<String> records = List.of("/rounding/visit.xhtml?id=" + visit, "/rounding/before.xhtml?id=" + visit,
                "/checkins/checkin.xhtml?id=" + checkIns[0], "/checkins/prep.xhtml?id=" + checkIns[0],
                "/observations/view.xhtml?id=" + own.newestObservationAt(own.hallwaySchool),
                "/critical/conversation.xhtml?id=" + own.criticalConversation(own.superintendent, "Nia Patel", "Probed words",
                        CriticalJourneys.pdf("Probed response")),
                "/critical/staff.xhtml?id=" + own.staffId("Nia Patel"));
        List<String> errors = new ArrayList<>();
        int requests = 0;

        Probe visitor = new Probe(base, HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), "visitor");
        Probe admin = new Probe(base, Http.signedIn(base, own.admin, BrowserFixtures.PASSWORD), "admin");
        // the visitor's and the admin's probes only read: they run beside the leaders' (which post, one after the other)
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<?> reading = readers.submit(() -> {
            for (String page : pages) {
                visitor.oddParameters(page);
            }
            visitor.forms("/password.xhtml?token=" + "a".repeat(43));
            for (String page : pages) {
                admin.oddParameters(page);
            }
            return null;
        });
        for (String leader : List.of(own.principal, own.superintendent)) {
            Probe p = new Probe(base, Http.signedIn(base, leader, BrowserFixtures.PASSWORD), leader);
            for (String page : pages) {
                p.oddParameters(page);
            }
            for (String page : pages) {
                if (!page.startsWith("/logout") && !page.startsWith("/login") && !page.startsWith("/error")) {
                    p.forms(page);
                }
            }
            for (String record : records) {
                p.oddParameters(record);
                p.forms(record);
            }
            errors.addAll(p.serverErrors());
            requests += p.requests();
        }
        reading.get();
        readers.shutdown();
        for (Probe p : List.of(visitor, admin)) {
            errors.addAll(p.serverErrors());
            requests += p.requests();
        }
        System.out.println("Scanner probe: " + requests + " requests, " + errors.size() + " server errors");
        errors.forEach(System.out::println);
        assertTrue(requests > 3_000, requests + " requests");
        // one line per page and button, with how often (the odd values of one parameter fail alike)
        Map<String, Long> kinds = new java.util.TreeMap<>(errors.stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.replaceAll("\\?[^ ]*", "").replaceAll("\\(\\d+ bytes\\)", ""), java.util.stream.Collectors.counting())));
        assertTrue(errors.isEmpty(), errors.size() + " server errors in " + requests + " requests:\n"
                + kinds.entrySet().stream().map(k -> k.getValue() + " × " + k.getKey()).collect(java.util.stream.Collectors.joining("\n")));
    }

    private static void scan(Browser b, String path, String name, List<String> problems) {
        b.open(path);
        b.check(name, problems);
    }
}
