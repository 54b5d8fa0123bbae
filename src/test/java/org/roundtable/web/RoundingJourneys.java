package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserFixtures;

/**
 * Rounding in headless Chromium at phone size, against the shipped WAR on MariaDB: plan a visit, read "before
 * you go", log conversations in the hallway, turn answers into a recognition, a follow-up and an observation,
 * complete the visit, resolve the follow-up as its owner and read it on "you said, we did".
 */
abstract class RoundingJourneys extends CriticalJourneys {

    static BrowserFixtures fx;

    @BeforeAll
    static void roundingFixtures() throws Exception {
        fx = BrowserFixtures.create();
    }

    /** Issue 12: a leader's follow-ups come fifty at a time; "Show more" adds the next, a new choice starts again. */
    @Test
    void followUpsComeFiftyAtATimeAndShowMoreAddsTheNext() throws Exception {
        long open = fx.openFollowUps(fx.assistant, 55);
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.open("/rounding/followups.xhtml");
            assertEquals(50, b.all("#followUps > li").size(), "the first fifty of " + open);
            b.click("#list\\:more");
            b.waitUntil(() -> b.all("#followUps > li").size() > 50);
            assertEquals(Math.min(open, 100), b.all("#followUps > li").size());
            assertEquals(open > 100, !b.all("#list\\:more").isEmpty(), "more offered only while there are more");
            b.click("#list\\:resolved");
            b.waitUntil(() -> b.all("#followUps > li").size() == 50);
        }
    }

    @Test
    void aVisitFromPlanToYouSaidWeDidOnAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.nav("#navRounding");
            b.check("rounding-calendar", problems);

            // Plan a visit for later today (conversations are logged from the day of the visit on).
            b.clickAndLoad("#plan");
            planLaterToday(b, "Lunch with new teachers " + fx.suffix);
            b.check("visit-plan", problems);
            b.clickAndLoad("#form\\:save");
            assertTrue(b.path().startsWith("/rounding/visit.xhtml?id="), b.path());
            String visitPath = b.path();
            assertEquals("Visit planned.", b.text("#globalMessages"));
            assertEquals("Planned", b.text("#status"));

            // Before you go: the school's recent observations are there (the fixtures' custodial celebrations).
            b.clickAndLoad("#manage\\:before");
            assertTrue(b.text("h1").contains("Hallway Middle"));
            assertTrue(b.text("#recent").contains("custodial team had the gym ready"));
            b.check("before-you-go", problems);
            b.clickAndLoad("#toVisit");

            // Conversation 1: a named staff member found by typing part of the name.
            b.type("#talk\\:staff_input", "nia");
            b.waitUntil(() -> !b.all(".ui-autocomplete-item").isEmpty() && b.find(".ui-autocomplete-item").isDisplayed());
            // The suggestions cover what lies under them: an opaque panel, on top of the next field's label.
            assertFalse(List.of("transparent", "rgba(0, 0, 0, 0)").contains(
                    b.find(".ui-autocomplete-panel").getCssValue("background-color")), "an opaque dropdown");
            assertEquals(Boolean.TRUE, b.driver.executeScript("var item = document.querySelector('.ui-autocomplete-item');"
                    + " var r = item.getBoundingClientRect();"
                    + " return item.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));"),
                    "nothing is drawn over the suggestion");
            b.screenshot("visit-staff-search");
            b.click(".ui-autocomplete-item");
            b.type("#talk\\:questions\\:0\\:answer", "The new reading block works; kids ask for more time.");
            b.type("#talk\\:questions\\:1\\:answer", "The kitchen team learned every student's name.");
            b.type("#talk\\:mind", "Wondering whether the reading block survives next year's schedule.");
            b.check("visit-log", problems);
            b.click("#talk\\:saveTalk");
            b.waitUntil(() -> b.all(".rt-conversation").size() == 1);
            assertTrue(b.text(".rt-conversation").contains("Nia Patel"));
            assertEquals("", b.find("#talk\\:mind").getAttribute("value"), "the form is ready for the next conversation");

            // Conversation 2: a role group.
            b.click("label[for='talk:kind:1']");
            b.waitUntil(() -> !b.all("#talk\\:roleGroup").isEmpty());
            new Select(b.find("#talk\\:roleGroup")).selectByVisibleText("Food service");
            b.type("#talk\\:questions\\:2\\:answer", "The walk-in freezer door does not seal " + fx.suffix);
            b.click("#talk\\:saveTalk");
            b.waitUntil(() -> b.all(".rt-conversation").size() == 2);

            // Conversation 3: students, by grade band only.
            b.click("label[for='talk:kind:2']");
            b.waitUntil(() -> !b.all("#talk\\:gradeBand").isEmpty());
            new Select(b.find("#talk\\:gradeBand")).selectByVisibleText("Grades 6–8");
            b.type("#talk\\:mind", "Students want a longer lunch.");
            b.click("#talk\\:saveTalk");
            b.waitUntil(() -> b.all(".rt-conversation").size() == 3);
            assertTrue(b.text("#log").contains("Grades 6–8"));

            // From conversation 1's second answer: a recognition of a team.
            b.click("#log\\:convs\\:0\\:answers\\:1\\:toRecognition");
            b.waitUntil(() -> !b.all("#log\\:convs\\:0\\:team").isEmpty());
            assertEquals("The kitchen team learned every student's name.",
                    b.find("#log\\:convs\\:0\\:actionText").getAttribute("value"), "prefilled from the answer");
            b.type("#log\\:convs\\:0\\:team", "Kitchen team");
            b.click("#log\\:convs\\:0\\:saveAction");
            b.waitUntil(() -> b.text("#log\\:logMessages").contains("Recognition saved"));

            // From conversation 2's answer: a concern with a follow-up owned by the principal. First without an owner.
            b.click("#log\\:convs\\:1\\:answers\\:0\\:toConcern");
            b.waitUntil(() -> !b.all("#log\\:convs\\:1\\:owner").isEmpty());
            b.click("#log\\:convs\\:1\\:saveAction");
            b.waitUntil(() -> b.text("#log\\:convs\\:1\\:ownerMessage").contains("Choose who owns"));
            b.check("visit-concern-refused", problems);
            new Select(b.find("#log\\:convs\\:1\\:owner")).selectByVisibleText(fx.principalName);
            b.click("#log\\:convs\\:1\\:saveAction");
            b.waitUntil(() -> b.text("#log\\:logMessages").contains("Follow-up saved"));
            // The conversation shows what it produced; raising the same concern again says so, and a duplicate
            // made anyway is withdrawn by its author.
            assertTrue(b.text("#conversation-" + conversationId(b, 1)).contains("Already raised from this conversation"));
            b.click("#log\\:convs\\:1\\:answers\\:0\\:toConcern");
            b.waitUntil(() -> !b.all("#log\\:convs\\:1\\:alreadyRaised").isEmpty());
            new Select(b.find("#log\\:convs\\:1\\:owner")).selectByVisibleText(fx.principalName);
            b.click("#log\\:convs\\:1\\:saveAction");
            b.waitUntil(() -> b.all("#log\\:convs\\:1\\:produced\\:1\\:withdraw").size() == 1);
            b.click("#log\\:convs\\:1\\:produced\\:1\\:withdraw");
            b.waitUntil(() -> b.find("#confirmYes").isDisplayed());
            b.click("#confirmYes");
            b.waitUntil(() -> b.text("#log\\:logMessages").contains("Follow-up withdrawn"));
            assertTrue(b.all("#log\\:convs\\:1\\:produced\\:1\\:withdraw").isEmpty(), "one follow-up left");

            // From conversation 1's first answer: an observation.
            b.click("#log\\:convs\\:0\\:answers\\:0\\:toObservation");
            b.waitUntil(() -> !b.all("#log\\:convs\\:0\\:themes").isEmpty());
            b.click("label[for='log:convs:0:themes:2']");
            b.click("label[for='log:convs:0:tone:0']");
            b.click("#log\\:convs\\:0\\:saveAction");
            b.waitUntil(() -> b.text("#log\\:logMessages").contains("Observation saved"));
            assertEquals("1", b.text("#sumObservations"));

            // Complete: the summary shows what was heard.
            b.click("#manage\\:complete");
            b.waitUntil(() -> b.find("#confirmYes").isDisplayed());
            assertTrue(b.text("#confirm").contains("Mark this visit complete?"), "completing asks first");
            b.click("#confirmYes");
            b.waitUntil(() -> b.text("#status").equals("Completed"));
            assertEquals("3", b.text("#sumConversations"));
            assertEquals("1", b.text("#sumRecognitions"));
            assertEquals("1", b.text("#sumFollowUps"));
            assertTrue(b.text("#heard").contains("The new reading block works"));
            b.check("visit-completed", problems);
            // Completed before its planned hour, the visit counts for coverage at once.
            b.open("/rounding/index.xhtml");
            assertFalse(b.text("#dueSchools").contains("Hallway Middle " + fx.suffix), b.text("#dueSchools"));

            // The observation is in the list, marked as coming from a rounding visit.
            b.open("/observations/index.xhtml");
            assertTrue(b.text("#list\\:table_data").contains("The new reading block works"));
            assertTrue(b.text("#list\\:table_data").contains("Rounding visit"));
            b.logout();

            // The owner sees the follow-up in their list and closes it with what was done.
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open("/rounding/followups.xhtml");
            assertTrue(b.text("#followUps").contains("freezer door does not seal " + fx.suffix));
            b.check("follow-ups", problems);
            b.click("#list\\:rows\\:0\\:openResolve");
            b.waitUntil(() -> !b.all("#list\\:rows\\:0\\:resolution").isEmpty());
            b.click("#list\\:rows\\:0\\:resolve");
            b.waitUntil(() -> b.text("#list\\:rows\\:0\\:resolutionMessage").contains("Write what was done"));
            b.type("#list\\:rows\\:0\\:resolution", "Facilities replaced the freezer seal " + fx.suffix);
            b.click("#list\\:rows\\:0\\:resolve");
            b.waitUntil(() -> b.text("#list\\:listMessages").contains("Follow-up resolved"));

            // "You said, we did": the concern and what was done, with no names.
            b.open("/rounding/said-did.xhtml");
            String sheet = b.text("#saidDidSheet");
            assertTrue(sheet.contains("freezer door does not seal " + fx.suffix), sheet);
            assertTrue(sheet.contains("Facilities replaced the freezer seal " + fx.suffix), sheet);
            assertFalse(sheet.contains(fx.principalName) || sheet.contains("Sam Superintendent") || sheet.contains("Nia Patel"),
                    "no names of who raised or handled it");
            b.check("you-said-we-did", problems);

            // The principal reads their school's visit, but cannot manage it, nor see its focus (district leaders only).
            b.open(visitPath);
            assertTrue(b.all("#manage\\:complete").isEmpty() && b.all("#talk").isEmpty());
            assertTrue(b.all("#focus").isEmpty(), "no focus on the principal's visit page");
            assertFalse(b.source().contains("Lunch with new teachers " + fx.suffix), "nor anywhere in its source");
            assertTrue(b.text("#log").contains("Nia Patel"));

            // People memory: Nia's page lists the conversation and what was on her mind.
            b.clickAndLoad("#log a[href*='/people/person.xhtml']");
            assertEquals("Nia Patel", b.text("#personName"));
            assertTrue(b.text("#conversations").contains("Wondering whether the reading block survives"));
            b.check("people-memory", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aSaveThatNeverArrivesSaysSoAndKeepsWhatWasTyped() {
        try (Browser b = Browser.phone(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            String visit = walkIn(b);
            b.click("label[for='talk:kind:1']");
            b.waitUntil(() -> !b.all("#talk\\:roleGroup").isEmpty());
            new Select(b.find("#talk\\:roleGroup")).selectByVisibleText("Custodial");
            String typed = "The boiler room door sticks; the night crew props it open. " + fx.suffix;
            b.type("#talk\\:mind", typed);

            b.offline(true);
            b.click("#talk\\:saveTalk");
            b.waitUntil(() -> b.find("#rt-unsaved").isDisplayed());
            assertTrue(b.text("#rt-unsaved").contains("Not saved"));
            assertEquals(typed, b.find("#talk\\:mind").getAttribute("value"), "the text survives the failed save");
            b.screenshot("visit-offline");

            b.offline(false);
            b.waitUntil(() -> b.find("#talk\\:saveTalk").isEnabled());
            b.click("#talk\\:saveTalk");
            b.waitUntil(() -> b.all(".rt-conversation").size() == 1);
            assertFalse(b.find("#rt-unsaved").isDisplayed(), "the warning goes once a save arrives");
            assertTrue(b.text(".rt-conversation").contains(typed));
            assertTrue(visit.startsWith("/rounding/visit.xhtml"));
        }
    }

    @Test
    void twoLeadersRevisingTheSameConversationAreToldAndTheSecondKeepsTheirText() {
        try (Browser sup = Browser.phone(base); Browser asst = Browser.phone(base)) {
            sup.login(fx.superintendent, BrowserFixtures.PASSWORD);
            String visit = walkIn(sup);
            sup.click("label[for='talk:kind:1']");
            sup.waitUntil(() -> !sup.all("#talk\\:roleGroup").isEmpty());
            new Select(sup.find("#talk\\:roleGroup")).selectByVisibleText("Office");
            sup.type("#talk\\:mind", "Phones ring unanswered at lunch");
            sup.click("#talk\\:saveTalk");
            sup.waitUntil(() -> sup.all(".rt-conversation").size() == 1);

            asst.login(fx.assistant, BrowserFixtures.PASSWORD);
            asst.open(visit);
            sup.click("#log\\:convs\\:0\\:revise");
            asst.click("#log\\:convs\\:0\\:revise");
            sup.waitUntil(() -> sup.find("#talk\\:mind").getAttribute("value").contains("Phones ring"));
            asst.waitUntil(() -> asst.find("#talk\\:mind").getAttribute("value").contains("Phones ring"));

            sup.type("#talk\\:mind", "Phones ring unanswered at lunch; a second line is coming");
            sup.click("#talk\\:saveTalk");
            sup.waitUntil(() -> sup.text("#log").contains("a second line is coming"));

            String mine = "Phones ring unanswered at lunch; the office wants a rota " + fx.suffix;
            asst.type("#talk\\:mind", mine);
            asst.click("#talk\\:saveTalk");
            asst.waitUntil(() -> asst.text("#talk\\:talkMessages").contains("Another leader saved this conversation"));
            assertEquals(mine, asst.find("#talk\\:mind").getAttribute("value"), "the second leader's text is still there");
            asst.screenshot("visit-conflict");
            asst.open(visit);
            assertTrue(asst.text("#log").contains("a second line is coming"), "the first save was not overwritten");
        }
    }

    @Test
    void cancellingWithoutAReasonKeepsThePanelOpenWithTheMessage() {
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/rounding/plan.xhtml");
            planLaterToday(b, "A visit to cancel " + fx.suffix);
            b.clickAndLoad("#form\\:save");
            assertTrue(b.path().startsWith("/rounding/visit.xhtml"), "saving the plan opens the visit: " + b.path());
            b.click("details.rt-danger-zone summary");
            b.click("#cancel\\:confirmCancel");
            b.waitUntil(() -> !b.text("#cancel\\:reasonMessage").isEmpty());
            assertTrue(b.find("#cancel\\:reasonMessage").isDisplayed(), "the panel stays open and shows why");
            b.screenshot("visit-cancel-refused");
            b.type("#cancel\\:reason", "The principal is out sick");
            b.click("#cancel\\:confirmCancel");
            b.waitUntil(() -> b.path().startsWith("/rounding/index.xhtml"));
        }
    }

    @Test
    void aThankYouNoteRecordedSaysWhoSentItAndWhen() throws Exception {
        String team = "Stage crew " + fx.suffix;
        fx.recognitionWaiting(team);
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/rounding/recognitions.xhtml");
            assertTrue(b.text("#recognitions").contains(team));
            assertTrue(b.text("#recognitions").contains("5 days waiting"), "in words, plural right: " + b.text("#recognitions"));
            int row = 0;
            while (!b.all("#recognitions > li").get(row).getText().contains(team)) {
                row++;
            }
            b.click("#list\\:rows\\:" + row + "\\:thank");
            b.waitUntil(() -> b.text("#thanked").contains(team));
            assertTrue(b.text("#thanked").contains("Thank-you note sent by Sam Superintendent"), b.text("#thanked"));
            b.screenshot("thank-you-notes");
        }
    }

    @Test
    void planningInThePastIsRefusedNextToTheDateAndKeepsTheForm() {
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/rounding/plan.xhtml");
            new Select(b.find("#form\\:school")).selectByVisibleText("Hallway Middle " + fx.suffix);
            // The date picker offers no past days; an older browser (or a tampered form) still can: the server refuses.
            b.driver.executeScript("arguments[0].removeAttribute('min')", b.find("#form\\:date"));
            b.setValue("#form\\:date", LocalDate.now().minusDays(1).toString());
            b.type("#form\\:focus", "Meet the new counselor");
            b.clickAndLoad("#form\\:save");
            assertTrue(b.path().startsWith("/rounding/plan.xhtml"), b.path());
            assertTrue(b.text("#form\\:dateMessage").contains("That time has passed"), b.text("#form\\:dateMessage"));
            assertEquals("Meet the new counselor", b.find("#form\\:focus").getAttribute("value"));
            b.screenshot("visit-plan-past");
        }
    }

    @Test
    void aLeadersOnlyConversationNeverReachesThePrincipal() {
        String secret = "Teachers say the principal changes duty rosters without asking " + fx.suffix;
        String visit;
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            visit = walkIn(b);
            b.click("label[for='talk:kind:1']");
            b.waitUntil(() -> !b.all("#talk\\:roleGroup").isEmpty());
            new Select(b.find("#talk\\:roleGroup")).selectByVisibleText("Teacher leader");
            b.type("#talk\\:mind", secret);
            b.click("#talk\\:leadersOnly");
            b.click("#talk\\:saveTalk");
            b.waitUntil(() -> b.all(".rt-conversation").size() == 1);
            assertTrue(b.text(".rt-conversation").contains("District leaders only"));
            b.click("#log\\:convs\\:0\\:mindToObservation");
            b.waitUntil(() -> !b.all("#log\\:convs\\:0\\:themes").isEmpty());
            b.click("label[for='log:convs:0:themes:0']");
            b.click("label[for='log:convs:0:tone:1']");
            b.click("#log\\:convs\\:0\\:saveAction");
            b.waitUntil(() -> b.text("#log\\:logMessages").contains("Observation saved"));
        }
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open(visit);
            assertEquals("Not found", b.text("h1"),
                    "a walk-in made only to hear a concern about the principal is not shown to them at all");
            assertFalse(b.source().contains("duty rosters"), "nor the leaders-only conversation");
            b.open("/observations/index.xhtml");
            assertFalse(b.source().contains("duty rosters"), "nor the observation it produced");
        }
    }

    @Test
    void aCalendarFeedIsAValidICalendarThatStopsWhenRevoked() throws Exception {
        String feedUrl;
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.open("/rounding/plan.xhtml");
            new Select(b.find("#form\\:school")).selectByVisibleText("Hallway Middle " + fx.suffix);
            b.setValue("#form\\:date", LocalDate.now().plusDays(2).toString());
            b.type("#form\\:focus", "Confidential focus " + fx.suffix);
            b.clickAndLoad("#form\\:save");
            b.open("/calendar.xhtml");
            b.clickAndLoad("#feed\\:issue");
            feedUrl = b.find("#feed\\:url").getAttribute("value");
            assertTrue(b.find("#copyUrl").isDisplayed(), "a copy button beside the address");
            b.screenshot("calendar-feed");
            assertTrue(feedUrl.matches("http://.*/calendar/[A-Za-z0-9_-]{43}\\.ics"), feedUrl);
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertTrue(events.stream().anyMatch(e -> e.getSummary().getValue().contains("Hallway Middle")));
        assertFalse(response.body().contains("Confidential focus"), "no focus or notes in a feed");

        try (Browser b = Browser.desktop(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.open("/calendar.xhtml");
            b.clickAndLoad("#feed\\:revoke");
            assertTrue(b.text("#turnedOff").contains("turned off"), "says it is off, not that there never was one");
            assertTrue(b.all("#inactive").isEmpty());
        }
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(feedUrl)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a revoked feed is gone");
    }

    @Test
    void draggingAPlannedVisitOnTheCalendarReschedulesIt() {
        // Dragged one day to the right in the week view; the calendar's weeks start on Sunday, so never from a Saturday.
        // Six weeks ahead and early in the day: the suite's other tests plan visits in the next days (district leaders
        // see every visit), and one lying across this one's slot would be what the drag picks up.
        LocalDate day = LocalDate.now().plusDays(42);
        if (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY) {
            day = day.plusDays(1);
        }
        LocalDate from = day;
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.open("/rounding/plan.xhtml");
            new Select(b.find("#form\\:school")).selectByVisibleText("Hallway Middle " + fx.suffix);
            b.setValue("#form\\:date", from.toString());
            b.setValue("#form\\:time", "07:30");
            b.clickAndLoad("#form\\:save");
            String visit = b.path();
            assertTrue(visit.startsWith("/rounding/visit.xhtml?id="), () -> visit + ": " + b.text("main"));

            b.open("/rounding/index.xhtml");
            // The month view shows the whole school name, wrapped rather than cut.
            b.driver.executeScript("PF('visitCalendar').calendar.gotoDate(arguments[0]);", from.toString());
            String cell = "td.fc-daygrid-day[data-date='" + from + "']";
            b.waitUntil(() -> b.all(cell + " .fc-event").stream().anyMatch(e -> e.getText().contains("Hallway Middle " + fx.suffix)));
            WebElement title = b.all(cell + " .fc-event-title").stream()
                    .filter(e -> e.getText().contains("Hallway Middle " + fx.suffix)).findFirst().orElseThrow();
            b.screenshot("rounding-month");
            assertEquals("", b.driver.executeScript("for (var e = arguments[0]; e && !e.classList.contains('fc-daygrid-day'); e = e.parentElement) {"
                    + " if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')"
                    + " return e.className + ': ' + e.scrollWidth + ' > ' + e.clientWidth; } return '';", title),
                    "the school's name is not clipped in the month view");
            b.driver.executeScript("var c = PF('visitCalendar').calendar; c.changeView('timeGridWeek', arguments[0]);"
                    + " c.scrollToTime('07:00:00');", from.toString());
            String column = "td.fc-timegrid-col[data-date='" + from + "']";
            b.waitUntil(() -> b.all(column + " .fc-event").stream().anyMatch(e -> e.getText().contains("07:30")));
            WebElement event = b.all(column + " .fc-event").stream()
                    .filter(e -> e.getText().contains("07:30")).findFirst().orElseThrow();
            int columnWidth = b.find(column).getSize().getWidth();
            b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", event);
            assertEquals(Boolean.TRUE, b.driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " return arguments[0].contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));",
                    event), "nothing lies over the visit where the drag takes hold of it");
            // A human drag: press, move past FullCalendar's drag threshold, travel one column right, settle, release.
            new Actions(b.driver).clickAndHold(event).pause(Duration.ofMillis(150)).moveByOffset(columnWidth / 2, 0)
                    .pause(Duration.ofMillis(150)).moveByOffset(columnWidth - columnWidth / 2, 0)
                    .pause(Duration.ofMillis(150)).release().perform();
            b.screenshot("visit-drag");
            b.waitUntil(() -> !b.text("#cal\\:calMessages").isBlank());
            assertTrue(b.text("#cal\\:calMessages").contains("Visit moved"), b.text("#cal\\:calMessages"));

            b.open(visit);
            assertTrue(b.text("#when").contains(from.plusDays(1).format(DateTimeFormatter.ofPattern("d MMM yyyy"))), b.text("#when"));
            assertTrue(b.text("#when").contains("07:30"), "the time of day stays");
        }
    }

    @Test
    void whileTheVisitsLoadThePhoneListNeverSaysThereAreNone() {
        try (Browser b = Browser.phone(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            walkIn(b);
            // A slow hallway connection: every request takes 1.5 s, so the list's visits arrive well after the page.
            b.driver.executeCdpCommand("Network.enable", java.util.Map.of());
            b.driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 1500,
                    "downloadThroughput", -1, "uploadThroughput", -1));
            b.driver.get(base.toString().replaceAll("/$", "") + "/rounding/index.xhtml");
            String state = "var box = document.querySelector('.rt-schedule');"
                    + " var empty = box && box.querySelector('.fc-list-empty');"
                    + " return box && box.querySelector('.fc-list') ? (box.classList.contains('rt-loading') ? 'loading' : 'loaded')"
                    + " + (empty && empty.offsetParent !== null && getComputedStyle(empty).visibility !== 'hidden' ? ' empty-shown' : '') : null;";
            String whileLoading = new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(20))
                    .until(d -> (String) b.driver.executeScript(state));
            assertEquals("loading", whileLoading, "while the visits are on their way, no 'No Events' line");
            b.waitForPage();
            b.offline(false);
            assertEquals("loaded", b.driver.executeScript(state));
            assertTrue(b.text(".rt-schedule").contains("Hallway Middle " + fx.suffix), "the walk-in is listed");
        }
    }

    /** Starts a walk-in visit at the fixtures' school and returns the visit page's path. */
    private static String walkIn(Browser b) {
        b.open("/rounding/index.xhtml");
        new Select(b.find("#walkIn\\:school")).selectByVisibleText("Hallway Middle " + fx.suffix);
        b.clickAndLoad("#walkIn\\:start");
        assertTrue(b.path().startsWith("/rounding/visit.xhtml?id="), b.path());
        return b.path();
    }

    /** Fills the planning form for a visit later today (or at 23:59 when the day is nearly over). */
    /** The id of the n-th conversation on the visit page (its article is "conversation-ID"). */
    private static String conversationId(Browser b, int n) {
        return b.all(".rt-conversation").get(n).getAttribute("id").substring("conversation-".length());
    }

    private static void planLaterToday(Browser b, String focus) {
        new Select(b.find("#form\\:school")).selectByVisibleText("Hallway Middle " + fx.suffix);
        LocalDateTime at = LocalDateTime.now().plusMinutes(5);
        if (!at.toLocalDate().equals(LocalDate.now())) {
            at = LocalDate.now().atTime(23, 59);
        }
        b.setValue("#form\\:date", at.toLocalDate().toString());
        b.setValue("#form\\:time", at.format(DateTimeFormatter.ofPattern("HH:mm")));
        b.type("#form\\:focus", focus);
    }

}
