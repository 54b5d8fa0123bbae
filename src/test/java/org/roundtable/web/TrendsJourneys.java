package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserFixtures;

/**
 * Trends in headless Chromium against the shipped WAR on MariaDB: the assistant superintendent finds a school's
 * rising concern on the dashboard with its reason, drills into the observations behind it, reads it week by week
 * and acknowledges it; bad dates are told next to the dates; another school's principal sees no trace of it.
 */
abstract class TrendsJourneys extends CheckInJourneys {

    static BrowserFixtures fx;

    @BeforeAll
    static void trendsFixtures() throws Exception {
        fx = BrowserFixtures.create();
    }

    @Test
    void theAssistantSeesARisingConcernWithItsReasonDrillsInAndAcknowledgesIt() throws Exception {
        long theme = fx.risingConcern("Student behavior");
        String card = "#signal-risingConcern-" + fx.hallwaySchool + "-" + theme;
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.nav("#navTrends");
            assertTrue(b.path().startsWith("/trends/index.xhtml"), b.path());
            assertEquals("9 concerns in the last 2 weeks; the 12 weeks before averaged 1.0 a week.",
                    b.text(card + " .rt-reason"));
            assertTrue(b.text(card).contains("Hallway Middle " + fx.suffix));
            b.screenshot("trends-dashboard");

            b.clickAndLoad(card + " .rt-evidence");
            assertTrue(b.path().startsWith("/observations/index.xhtml"), b.path());
            assertEquals(9, b.all("#list\\:table_data tr").size(), "the nine concerns of the last two weeks");
            assertTrue(b.all("#list\\:table_data .rt-tone").stream().allMatch(t -> t.getText().equals("Concern")));
            b.driver.navigate().back();
            b.waitForPage();

            b.clickAndLoad(card + " .rt-series-link");
            assertTrue(b.path().startsWith("/trends/theme.xhtml"), b.path());
            assertTrue(b.text("#weeksTable tbody tr:last-child").contains("rising concern"), "the week the rule fired");
            assertEquals("5", b.text("#weeksTable tbody tr:last-child td"));
            b.driver.navigate().back();
            b.waitForPage();

            b.clickAndLoad(card + " .rt-act-link");
            assertTrue(b.path().startsWith("/trends/signal.xhtml"), b.path());
            b.clickAndLoad("#act\\:acknowledge");
            assertEquals("Say what was done: an acknowledgement keeps a note of it.", b.text("#act\\:noteMessage"));
            assertEquals("Open", b.text("#status"), "nothing changed");
            b.type("#act\\:note", "Spoke with the principal; lunch supervision changes on Monday.");
            b.clickAndLoad("#act\\:acknowledge");
            assertTrue(b.path().startsWith("/trends/index.xhtml"), b.path());
            assertTrue(b.text("#globalMessages").contains("Acknowledged"), b.text("#globalMessages"));
            assertTrue(b.all("#signals " + card).isEmpty(), "off the list");
            assertEquals(1, b.all("#setAside " + card).size(), "kept with the set-aside ones");
        }
    }

    @Test
    void datesThatMakeNoWindowAreToldNextToTheDatesAndNothingIsCounted() throws Exception {
        try (Browser b = Browser.phone(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/trends/index.xhtml?window=CUSTOM&from=2026-03-01&to=2026-02-01");
            assertEquals("The window ends before it starts: choose a \"to\" date on or after the \"from\" date.",
                    b.text("#windowProblem"));
            assertTrue(b.all("#heatMap").isEmpty(), "no heat map for a window that is not one");
            b.open("/trends/index.xhtml?window=CUSTOM&from=2020-01-01&to=2026-01-01");
            assertTrue(b.text("#windowProblem").contains("at most 3 years"));
            b.open("/trends/index.xhtml?window=WEEKS_2&tone=IDEA&sort=TOTAL");
            assertFalse(b.all("#heatMap").isEmpty());
            assertTrue(b.text("#heatMap caption").startsWith("Ideas from"));
            assertEquals(0, b.horizontalOverflow(), "the page fits the phone; the table scrolls in its own box");
        }
    }

    @Test
    void anotherSchoolsPrincipalSeesNoTraceOfItButTheDistrictTotals() throws Exception {
        long theme = fx.risingConcern("Attendance");
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.resettable, BrowserFixtures.PASSWORD);
            b.nav("#navTrends");
            String page = b.source();
            assertFalse(page.contains("Hallway Middle " + fx.suffix), "no other school's name");
            assertTrue(b.all("[id^='signal-'][id$='-" + theme + "']").isEmpty(), "no signal of it");
            assertEquals(1, b.all("#heatMap tbody tr").size(), "their own school's row");
            assertTrue(b.text("#heatMap tbody tr th").startsWith("Other Elementary " + fx.suffix));
            assertTrue(b.text("#totals th").startsWith("District"), "the district's totals beside it");
            b.open("/trends/theme.xhtml?theme=" + theme + "&school=" + fx.hallwaySchool);
            assertEquals("Not found", b.text("h1"), "another school's series by address");
            b.screenshot("trends-principal");
        }
    }
}
