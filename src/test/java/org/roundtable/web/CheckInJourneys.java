package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserFixtures;

/**
 * A biweekly check-in in headless Chromium against the shipped WAR on MariaDB: the principal prepares the agenda,
 * the leader holds the check-in, what was not discussed carries over, and the leader's private note never reaches
 * the principal's browser.
 */
abstract class CheckInJourneys extends Journey {

    static BrowserFixtures fx;

    @BeforeAll
    static void checkInFixtures() throws Exception {
        fx = BrowserFixtures.create();
    }

    @Test
    void agendaCarriesOverAndThePrivateNoteStaysPrivate() throws Exception {
        long[] checkIns = fx.checkInSeriesWithToday();
        String today = "/checkins/checkin.xhtml?id=" + checkIns[0];
        String secret = "Pat looks exhausted; consider a lighter duty load " + fx.suffix;
        List<String> problems = new ArrayList<>();
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.nav("#navCheckIns");
            b.check("check-ins-principal", problems);
            b.clickAndLoad(".rt-next-check-in");
            assertEquals(today, b.path());
            for (String point : List.of("Bus duty rota", "Friday substitute coverage", "Spring testing plan")) {
                b.type("#agenda\\:newPoint", point);
                b.click("#agenda\\:add");
                b.waitUntil(() -> b.text("#points").contains(point));
            }
            b.check("check-in-agenda", problems);
            b.logout();

            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.open(today);
            b.clickAndLoad("#hold\\:prep");
            assertTrue(b.text("h1").contains("Prep packet"));
            assertTrue(b.text("#observations").contains("3"), "the school's three recent celebrations, counted by theme and tone");
            b.check("check-in-prep", problems);
            b.clickAndLoad("#toCheckIn");
            assertEquals(3, b.all("#points li").size());
            b.click("#agenda\\:rows\\:0\\:discussed");
            b.waitUntil(() -> b.find("#points li").getAttribute("class").contains("rt-discussed"));
            b.type("#actions\\:text", "Draft the Friday substitute rota");
            b.click("#actions\\:addAction");
            b.waitUntil(() -> b.text("#openActions").contains("Draft the Friday substitute rota"));
            long readsBefore = fx.audited(fx.assistant, "CONFIDENTIAL_READ");
            b.type("#private\\:note", secret);
            b.click("#private\\:savePrivate");
            b.waitUntil(() -> b.text("#private\\:privateMessages").contains("Private note saved"));
            assertEquals(readsBefore, fx.audited(fx.assistant, "CONFIDENTIAL_READ"), "saving a note is not a read of it");
            b.check("check-in-leader", problems);
            b.clickAndLoad("#hold\\:markHeld");

            assertEquals("/checkins/checkin.xhtml?id=" + checkIns[1], b.path(), "the next check-in opens");
            assertEquals(2, b.all("#points li").size());
            assertTrue(b.text("#points").contains("Friday substitute coverage") && b.text("#points").contains("Spring testing plan"));
            assertEquals(2, b.all("#points .rt-carried").size(), "both marked as carried");
            assertTrue(b.text("#openActions").contains("Draft the Friday substitute rota"), "the open action item follows");
            b.check("check-in-next", problems);
            b.logout();

            b.login(fx.principal, BrowserFixtures.PASSWORD);
            for (String page : List.of(today, "/checkins/checkin.xhtml?id=" + checkIns[1], "/checkins/index.xhtml", "/")) {
                b.open(page);
                assertFalse(b.source().contains("lighter duty load"), "private note in " + page);
            }
            assertTrue(b.text("#nextCheckIns").contains("Check-in with Alex Assistant"), b.text("#nextCheckIns"));
            b.clickAndLoad("#nextCheckIns .rt-home-check-in");
            assertEquals("/checkins/checkin.xhtml?id=" + checkIns[1], b.path(), "the home page leads to the next check-in");
            b.logout();

            // The superintendent reads every check-in's shared content, never the assistant's private note.
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open(today);
            assertTrue(b.text("#points").contains("Bus duty rota"), "the shared agenda is readable");
            for (String page : List.of(today, "/checkins/checkin.xhtml?id=" + checkIns[1],
                    "/checkins/prep.xhtml?id=" + checkIns[1], "/checkins/index.xhtml")) {
                b.open(page);
                assertFalse(b.source().contains("lighter duty load"), "private note in the superintendent's " + page);
            }
            b.logout();

            // Admins have no check-in pages at all.
            b.login(fx.admin, BrowserFixtures.PASSWORD);
            b.open(today);
            assertEquals("Not allowed", b.text("h1"));
            assertFalse(b.source().contains("lighter duty load"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void enterAddsTheTypedPointAnAuthorRewordsOrRemovesItAndAnEarlyMeetingIsHeldByMovingItToNow() throws Exception {
        long[] checkIns = fx.checkInSeriesWithToday();
        String later = "/checkins/checkin.xhtml?id=" + checkIns[1];
        List<String> problems = new ArrayList<>();
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.open(later);
            b.type("#agenda\\:newPoint", "Library hours " + fx.suffix);
            b.click("#agenda\\:add");
            b.waitUntil(() -> b.text("#points").contains("Library hours"));
            // Enter in the field adds the point: it does not press the first chip of the agenda above it.
            b.type("#agenda\\:newPoint", "Recess supervision " + fx.suffix);
            b.find("#agenda\\:newPoint").sendKeys(Keys.ENTER);
            b.waitUntil(() -> b.text("#points").contains("Recess supervision"));
            assertFalse(b.find("#points li").getAttribute("class").contains("rt-discussed"), "Enter marked nothing discussed");
            b.find("#agenda\\:newPoint").sendKeys(Keys.ENTER);
            b.waitUntil(() -> !b.text("#agenda\\:newPointMessage").isEmpty());
            assertEquals("Type the talking point first.", b.text("#agenda\\:newPointMessage"), "in words, next to the field");
            assertTrue(b.all("#agenda\\:rows\\:0\\:up").isEmpty(), "no Move up on the first point");
            assertTrue(b.all("#agenda\\:rows\\:1\\:down").isEmpty(), "no Move down on the last");
            assertFalse(b.all("#agenda\\:rows\\:0\\:down").isEmpty());

            b.click("#agenda\\:rows\\:0\\:editPoint");
            b.waitUntil(() -> !b.all("#agenda\\:rows\\:0\\:pointText").isEmpty());
            b.type("#agenda\\:rows\\:0\\:pointText", "Library hours after school " + fx.suffix);
            b.find("#agenda\\:rows\\:0\\:pointText").sendKeys(Keys.ENTER);
            b.waitUntil(() -> b.text("#points").contains("Library hours after school"));
            assertEquals(2, b.all("#points li").size(), "reworded, not added");
            b.click("#agenda\\:rows\\:1\\:removePoint");
            b.waitUntil(() -> b.find("#confirmYes").isDisplayed());
            b.click("#confirmYes");
            b.waitUntil(() -> !b.text("#points").contains("Recess supervision"));

            b.type("#actions\\:text", "Send the library rota " + fx.suffix);
            b.find("#actions\\:text").sendKeys(Keys.ENTER);
            b.waitUntil(() -> b.text("#openActions").contains("Send the library rota"));
            assertTrue(b.all("#actions\\:dueMessage").isEmpty() || b.text("#actions\\:dueMessage").isEmpty(),
                    "the prefilled due date, two weeks after a check-in a fortnight away, is accepted");
            b.check("check-in-agenda-edited", problems);
            b.logout();

            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.open("/checkins/prep.xhtml?id=" + checkIns[1]);
            assertTrue(b.text("#agenda").contains("Library hours after school"),
                    "the prep packet shows what the principal wants to discuss");
            b.check("prep-packet-agenda", problems);
            b.open(later);
            b.clickAndLoad("#hold\\:markHeld");
            assertTrue(b.text("#globalMessages").contains("has not started yet"), "a page message, not the 500 page");
            assertFalse(b.all("#hold\\:holdNow").isEmpty(), "and the offer to move it to now");
            b.check("check-in-hold-early", problems);
            assertTrue(b.find("#hold\\:holdNow").getRect().getX() + b.find("#hold\\:holdNow").getRect().getWidth() <= 375,
                    "the long button wraps on a phone instead of running off the screen");
            b.clickAndLoad("#hold\\:holdNow");
            assertTrue(b.text("#globalMessages").contains("Check-in held"), b.text("#globalMessages"));
            b.open(later);
            assertEquals("Held", b.text("#status"));
            assertFalse(b.text("body").contains("Missed"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aDistrictLeaderStartsPausesHandsOverAndReschedulesASeries() throws Exception {
        String quinn = fx.extraPrincipal("Quinn Principal " + fx.suffix);
        LocalDate start = LocalDate.now().plusDays(1);
        while (start.getDayOfWeek().getValue() > 5) {
            start = start.plusDays(1);
        }
        LocalDate first = start;
        List<String> problems = new ArrayList<>();
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/checkins/index.xhtml");
            new Select(b.find("#start\\:principal")).selectByVisibleText(quinn + " · Hallway Middle " + fx.suffix);
            new Select(b.find("#start\\:leader")).selectByValue(String.valueOf(fx.idOf(fx.assistant)));
            new Select(b.find("#start\\:day")).selectByVisibleText(day(first.getDayOfWeek()));
            b.setValue("#start\\:time", "14:00");
            b.setValue("#start\\:startsOn", first.toString());
            b.clickAndLoad("#start\\:startSeries");
            assertTrue(b.text("#globalMessages").contains("Series started"), b.text("#globalMessages"));
            int row = rowOf(b, quinn);
            String prefix = "#manage\\:rows\\:" + row + "\\:";
            assertTrue(b.all(prefix + "pause").isEmpty(), "each series' tools are closed until asked for");
            b.click(prefix + "manageSeries");
            b.waitUntil(() -> !b.all(prefix + "pause").isEmpty());
            b.click(prefix + "pause");
            b.waitUntil(() -> b.find("#confirmNo").isDisplayed());
            assertTrue(b.text("#confirm").contains("Reminders stop"), "pausing asks first and says what it does");
            b.click("#confirmNo");
            b.waitUntil(() -> !b.find("#confirmNo").isDisplayed());
            assertTrue(item(b, quinn).contains("Active"), "a no leaves the series as it was");
            b.click(prefix + "pause");
            b.waitUntil(() -> b.find("#confirmYes").isDisplayed());
            b.click("#confirmYes");
            b.waitUntil(() -> item(b, quinn).contains("Paused"));
            // The tools stay open on the series being managed.
            b.click("#manage\\:rows\\:" + rowOf(b, quinn) + "\\:resume");
            b.waitUntil(() -> item(b, quinn).contains("Active"));
            String again = "#manage\\:rows\\:" + rowOf(b, quinn) + "\\:";
            new Select(b.find(again + "to")).selectByValue(String.valueOf(fx.idOf(fx.superintendent)));
            b.click(again + "handOver");
            b.waitUntil(() -> item(b, quinn).contains("Sam Superintendent"));
            b.check("check-ins-leader", problems);

            b.clickAndLoad("#allSeries > li:nth-child(" + (rowOf(b, quinn) + 1) + ") a");
            assertTrue(b.text("#when").contains("14:00"));
            b.click("#rescheduleBox summary");
            b.setValue("#reschedule\\:day", first.plusDays(1).toString());
            b.setValue("#reschedule\\:time", "10:00");
            b.click("#reschedule\\:move");
            b.waitUntil(() -> b.text("#when").contains("10:00"));
            assertTrue(b.text("#when").contains(first.plusDays(1).format(DateTimeFormatter.ofPattern("d MMM yyyy"))));

            b.click("#observe\\:startObservation");
            b.waitUntil(() -> !b.all("#observe\\:text").isEmpty());
            b.type("#observe\\:text", "Quinn wants help with the master schedule " + fx.suffix);
            b.click("label[for='observe:themes:2']");
            b.click("label[for='observe:tone:2']");
            b.click("#observe\\:saveObservation");
            b.waitUntil(() -> b.text("#observe\\:observeMessages").contains("Observation saved"));
            b.open("/observations/index.xhtml");
            assertTrue(b.text("#list\\:table_data").contains("master schedule " + fx.suffix));
            assertTrue(b.text("#list\\:table_data").contains("Check-in"), "marked as coming from a check-in");
            b.clickAndLoad("#list\\:table_data .obs-link");
            b.clickAndLoad("#checkInLink");
            assertTrue(b.path().startsWith("/checkins/checkin.xhtml?id="), "the observation links back to its check-in");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String item(Browser b, String text) {
        return row(b, "#allSeries > li", text);
    }

    private static int rowOf(Browser b, String text) {
        List<org.openqa.selenium.WebElement> rows = b.all("#allSeries > li");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not listed");
    }

    private static String day(java.time.DayOfWeek d) {
        String name = d.name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }


    @Test
    void anAdminReadsTheOutboxAndNobodyElseCan() throws Exception {
        String body = "Add what you want to talk about:\nhttp://localhost/checkins/checkin.xhtml?id=1";
        String subject = fx.keptReminder("principal-" + fx.suffix + "@example.org", body);
        List<String> problems = new ArrayList<>();
        for (boolean phone : new boolean[] {false, true}) {
            try (Browser b = phone ? Browser.phone(base) : Browser.desktop(base)) {
                b.login(fx.admin, BrowserFixtures.PASSWORD);
                b.open("/admin/index.xhtml");
                b.clickAndLoad("#outbox");
                assertEquals("/admin/outbox.xhtml", b.path());
                assertTrue(b.text("#outbox-mode").contains("SMTP"), b.text("#outbox-mode"));
                assertTrue(b.text("#outbox\\:messages").contains(subject), "newest first, on the first page");
                b.click("#outbox\\:messages details summary");
                b.waitUntil(() -> b.text("#outbox\\:messages").contains("talk about:"));
                b.check("admin-outbox", problems);
                b.logout();
                for (String who : List.of(fx.principal, fx.superintendent)) {
                    b.login(who, BrowserFixtures.PASSWORD);
                    b.open("/admin/outbox.xhtml");
                    assertEquals("Not allowed", b.text("h1"));
                    assertFalse(b.source().contains(subject));
                    b.logout();
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void anOverdueActionItemIsMarkedAndOneDueLaterIsNot() throws Exception {
        long[] checkIns = fx.checkInSeriesWithToday();
        String late = "Return the signed field-trip forms " + fx.suffix;
        String onTime = "Order the spring reading books " + fx.suffix;
        fx.actionItem(checkIns[0], late, LocalDate.now().minusDays(3));
        fx.actionItem(checkIns[0], onTime, LocalDate.now().plusDays(3));
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            for (long checkIn : checkIns) {
                b.open("/checkins/checkin.xhtml?id=" + checkIn);
                assertTrue(row(b, "#openActions > li", late).contains("Overdue"), row(b, "#openActions > li", late));
                assertFalse(row(b, "#openActions > li", onTime).contains("Overdue"), row(b, "#openActions > li", onTime));
            }
            b.screenshot("check-in-overdue-action");
        }
    }

    @Test
    void twelveSeriesListCompactlyOnAPhone() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            names.add("Principal " + (char) ('A' + i) + " " + fx.suffix);
        }
        fx.seriesFor(names);
        List<String> problems = new ArrayList<>();
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/checkins/index.xhtml");
            List<org.openqa.selenium.WebElement> rows = b.all("#allSeries > li");
            assertTrue(rows.size() >= 12, rows.size() + " series listed");
            for (String name : names) {
                assertFalse(row(b, "#allSeries > li", name).isEmpty(), name + " listed");
            }
            int tallest = rows.stream().mapToInt(r -> r.getSize().getHeight()).max().orElseThrow();
            assertTrue(tallest <= 140, "one series is a short row on a phone, not a form: " + tallest + " px");
            b.check("check-ins-twelve-series", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The text of the first element matching css that contains text (empty when none does). */
    private static String row(Browser b, String css, String text) {
        return b.all(css).stream().map(e -> e.getText()).filter(t -> t.contains(text)).findFirst().orElse("");
    }
}
