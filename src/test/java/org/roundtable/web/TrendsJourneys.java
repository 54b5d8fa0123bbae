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

    private byte[] download(java.net.http.HttpClient client, String path) throws Exception {
        java.net.http.HttpResponse<byte[]> r = client.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), path);
        return r.body();
    }

    /** The rows of the first sheet as text, numbers as integers where they are whole. */
    private static java.util.List<java.util.List<String>> sheet(byte[] xlsx) throws Exception {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : book.getSheetAt(0)) {
                java.util.List<String> cells = new java.util.ArrayList<>();
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? (c.getNumericCellValue() == Math.rint(c.getNumericCellValue())
                            ? String.valueOf((long) c.getNumericCellValue()) : String.valueOf(c.getNumericCellValue()))
                            : c.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theExportsCarryThePagesNumbersAndNothingTheReaderMayNotSee() throws Exception {
        long theme = fx.risingConcern("Exported");
        String school = "Hallway Middle " + fx.suffix;
        String themeName = "Exported " + fx.suffix;
        String cellOnPage;
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.assistant, BrowserFixtures.PASSWORD);
            b.open("/trends/index.xhtml");
            cellOnPage = b.find("#heatMap a[href*='school=" + fx.hallwaySchool + "&theme=" + theme + "&']").getText()
                    .replaceAll("[^0-9]", "");
            assertEquals("9", cellOnPage, "the last four weeks hold the nine recent concerns");
        }
        java.net.http.HttpClient assistant = org.roundtable.support.Http.signedIn(base, fx.assistant, BrowserFixtures.PASSWORD);
        java.util.List<java.util.List<String>> rows = sheet(download(assistant, "/trends/index.xhtml?export=heat.xlsx"));
        int column = rows.get(1).indexOf(themeName);
        assertTrue(column > 0, rows.get(1).toString());
        java.util.List<String> row = rows.stream().filter(r -> r.get(0).equals(school)).findFirst().orElseThrow();
        assertEquals(cellOnPage, row.get(column), "the workbook's number is the page's");
        assertEquals("District", rows.get(rows.size() - 1).get(0), "the totals last");

        String csv = new String(download(assistant, "/trends/index.xhtml?export=heat.csv"), java.nio.charset.StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.startsWith(school + ",")).findFirst().orElseThrow();
        assertEquals(cellOnPage, line.split(",")[column]);

        java.util.List<java.util.List<String>> signals = sheet(download(assistant, "/trends/index.xhtml?export=signals.xlsx"));
        assertTrue(signals.stream().anyMatch(r -> r.contains(school) && r.contains(themeName)
                && r.contains("9 concerns in the last 2 weeks; the 12 weeks before averaged 1.0 a week.")), signals.toString());

        String report = pdfText(download(assistant, "/trends/index.xhtml?export=report.pdf"));
        assertTrue(report.contains("Scouting report"), report);
        assertTrue(report.contains(school), "the school's signal and heat-map row");
        assertTrue(report.contains("Alex Assistant"), "the footer names who printed it");
        assertFalse(report.contains("Rising Exported"), "counts only: no observation's words");

        java.util.List<java.util.List<String>> weeks = sheet(download(assistant,
                "/trends/theme.xhtml?theme=" + theme + "&school=" + fx.hallwaySchool + "&weeks=12&export=weeks.xlsx"));
        assertEquals("5", weeks.get(weeks.size() - 1).get(1), "the latest week's five");
        assertEquals("yes", weeks.get(weeks.size() - 1).get(3), "the week the rule fired");

        java.net.http.HttpClient principal = org.roundtable.support.Http.signedIn(base, fx.resettable, BrowserFixtures.PASSWORD);
        java.util.List<java.util.List<String>> theirs = sheet(download(principal, "/trends/index.xhtml?export=heat.xlsx"));
        assertEquals(4, theirs.size(), "title, header, their school, the district");
        assertTrue(theirs.get(2).get(0).startsWith("Other Elementary " + fx.suffix));
        assertTrue(theirs.stream().noneMatch(r -> r.contains(school)));
        String theirReport = pdfText(download(principal, "/trends/index.xhtml?export=report.pdf"));
        assertFalse(theirReport.contains(school), "another school's name is in no export of theirs");
        assertFalse(new String(download(principal, "/trends/index.xhtml?export=signals.csv"),
                java.nio.charset.StandardCharsets.UTF_8).contains(school));
        java.net.http.HttpResponse<String> refused = principal.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve(
                "/trends/theme.xhtml?theme=" + theme + "&school=" + fx.hallwaySchool + "&export=weeks.csv")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, refused.statusCode(), "another school's weeks by address");
        assertEquals(400, principal.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve(
                "/trends/index.xhtml?export=everything.zip")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());
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
            assertEquals(0, b.horizontalOverflow(), "the page fits the phone; the table scrolls in its own box: " + b.sticksOut());
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
