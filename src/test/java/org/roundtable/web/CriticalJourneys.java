package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.roundtable.support.Browser;
import org.roundtable.support.BrowserFixtures;
import org.roundtable.support.Http;

/**
 * A critical conversation in headless Chromium against the shipped WAR on MariaDB: the superintendent prepares it,
 * holds it, agrees next steps, records the acknowledgement and the staff member's response, signs it off (a second
 * tab's form is refused then), adds an addendum and exports the PDF; the staff member's principal sees its day,
 * category and status, nothing more; every role by address, export and response file.
 */
abstract class CriticalJourneys extends TrendsJourneys {

    static BrowserFixtures fx;

    @BeforeAll
    static void criticalFixtures() throws Exception {
        fx = BrowserFixtures.create();
    }

    /** A one-page PDF with the text given (what a scanned response letter would be). */
    static byte[] pdf(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new com.lowagie.text.Paragraph(text));
        doc.close();
        return out.toByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static void confirmAndLoad(Browser b, String button) {
        WebElement page = b.driver.findElement(By.tagName("html"));
        b.click(button);
        b.waitUntil(() -> b.find("#confirmYes").isDisplayed());
        b.find("#confirmYes").click();
        b.waitUntil(() -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("critical-upload");
        Path f = dir.resolve(name);
        Files.write(f, content);
        f.toFile().deleteOnExit();
        return f;
    }

    private int status(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aConversationIsPreparedHeldAgreedAcknowledgedSignedOffAndOnlyItsMetadataReachesThePrincipal() throws Exception {
        String said = "We went over the three mornings of missed bus duty " + fx.suffix;
        String story = "Maybe they do not respect the rota " + fx.suffix;
        LocalDate today = LocalDate.now();
        List<String> problems = new ArrayList<>();
        String page;
        try (Browser b = Browser.desktop(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.nav("#navCritical");
            b.check("critical-list", problems);
            b.find("#planBox summary").click();
            b.click("#plan\\:planIt");
            // (waited on: the message may be read in the instant before the AJAX answer replaces the field's message)
            b.waitUntil(() -> b.text("#plan\\:staffMessage").contains("Choose the staff member"));
            new Select(b.find("#plan\\:school")).selectByValue(String.valueOf(fx.hallwaySchool));
            b.waitUntil(() -> b.all("#plan\\:staff option").size() > 1);
            new Select(b.find("#plan\\:staff")).selectByVisibleText("Nia Patel (Teacher)");
            b.find("#plan\\:category\\:3").click();
            b.clickAndLoad("#plan\\:planIt");
            assertTrue(b.path().startsWith("/critical/conversation.xhtml?id="), b.path());
            page = b.path();
            assertTrue(b.text("#messages").contains("Conversation planned"));
            assertEquals("Planned", b.text("#status"));

            // preparation: Enter in a one-line field saves it
            b.find("#prepare\\:nature\\:0").click();
            b.type("#prepare\\:wantForMe", "To stay calm and be specific");
            b.type("#prepare\\:wantForThem", "A plan that holds");
            b.type("#prepare\\:wantForUs", "Trust that I will say things early");
            b.setValue("#prepare\\:facts\\:0\\:seenOn", today.minusDays(3).toString());
            b.type("#prepare\\:facts\\:0\\:saw", "East door uncovered at 7:45");
            b.type("#prepare\\:facts\\:0\\:story", story);
            b.type("#prepare\\:opening", "I want to talk about bus duty.");
            b.type("#prepare\\:expectation", "Arrive for bus duty by 7:40\n");
            b.waitUntil(() -> b.text("#prepare\\:prepareMessages").contains("Preparation saved"));
            b.check("critical-prepare", problems);

            // held: signing off an empty record is refused in words
            b.clickAndLoad("#flow\\:markHeld");
            assertEquals("Held", b.text("#status"));
            b.click("#flow\\:signOff");
            b.waitUntil(() -> b.find("#confirmYes").isDisplayed());
            b.click("#confirmYes");
            b.waitUntil(() -> b.text("#flow").contains("Write what was said"));
            assertEquals("Held", b.text("#status"));

            // the record, with a follow-up before the conversation first
            b.type("#record\\:said", said);
            b.type("#record\\:theirView", "Says the rota changed without notice");
            b.type("#record\\:steps\\:0\\:stepText", "Check the rota every Friday");
            b.setValue("#record\\:steps\\:0\\:due", today.plusDays(4).toString());
            b.type("#record\\:support", "Office sends the rota by e-mail");
            b.setValue("#record\\:followUpOn", today.minusDays(1).toString());
            b.click("#record\\:saveRecord");
            b.waitUntil(() -> b.text("#record\\:followUpOnMessage").contains("on or after"));
            b.setValue("#record\\:followUpOn", today.plusDays(14).toString());
            b.click("#record\\:saveRecord");
            b.waitUntil(() -> b.text("#record\\:recordMessages").contains("Record saved"));
            assertEquals(said, b.find("#record\\:said").getAttribute("value"), "what was typed stays");

            // the acknowledgement and the response: a text file named .pdf and a file over 5 MB are refused
            b.find("#ack\\:kind\\:0").click();
            b.type("#ack\\:responseText", "I received it. I think the rota was unclear.");
            b.click("#ack\\:saveAck");
            b.waitUntil(() -> b.text("#ack\\:ackMessages").contains("Acknowledgement saved"));
            b.find("#upload\\:file").sendKeys(file("response.pdf", "not a pdf at all".getBytes()).toString());
            b.clickAndLoad("#upload\\:attach");
            assertTrue(b.text("#upload\\:fileMessage").contains("not a PDF"), b.text("#upload"));
            byte[] large = new byte[5 * 1024 * 1024 + 10];
            System.arraycopy(pdf("x"), 0, large, 0, 100);
            b.find("#upload\\:file").sendKeys(file("scan.pdf", large).toString());
            b.clickAndLoad("#upload\\:attach");
            assertTrue(b.text("#upload\\:fileMessage").contains("larger than 5 MB"), b.text("#upload"));
            // past what the server parses at all: its own page, nothing saved
            b.find("#upload\\:file").sendKeys(file("huge.pdf", new byte[30 * 1024 * 1024]).toString());
            b.clickAndLoad("#upload\\:attach");
            assertEquals("The file is too large", b.text("h1"));
            b.open(page);
            b.find("#upload\\:file").sendKeys(file("letter.pdf", pdf("Response letter of Nia Patel " + fx.suffix)).toString());
            b.clickAndLoad("#upload\\:attach");
            assertTrue(b.text("#messages").contains("Response attached"));
            assertTrue(b.text("#responseFile").contains("letter.pdf"));
            b.check("critical-held", problems);

            // a second tab opened before sign-off keeps the old form
            String first = b.driver.getWindowHandle();
            b.driver.switchTo().newWindow(WindowType.TAB);
            b.open(page);
            String second = b.driver.getWindowHandle();
            b.driver.switchTo().window(first);
            confirmAndLoad(b, "#flow\\:signOff");
            assertEquals("Follow-up", b.text("#status"));
            assertTrue(b.text("#lockedBadge").contains("read-only"));
            assertTrue(b.all("#record\\:said").isEmpty(), "no form for the record any more");
            assertTrue(b.text("#saidText").contains(said));
            assertTrue(b.text("#ackWords").contains("Received, not agreed"));
            b.check("critical-signed-off", problems);

            b.driver.switchTo().window(second);
            long refused = fx.audited(fx.superintendent, "CRITICAL_REFUSED");
            b.type("#record\\:said", "Rewritten after sign-off");
            b.click("#record\\:saveRecord");
            b.waitUntil(() -> b.text("#record\\:recordMessages").contains("signed off"));
            assertEquals(refused + 1, fx.audited(fx.superintendent, "CRITICAL_REFUSED"), "the replayed form is audited");
            b.driver.close();
            b.driver.switchTo().window(first);
            b.open(page);
            assertTrue(b.text("#saidText").contains(said), "nothing changed");

            // a dated addendum
            b.type("#addendum\\:text", "Followed up on Friday: rota received " + fx.suffix);
            b.clickAndLoad("#addendum\\:addAddendum");
            assertTrue(b.text("#addenda").contains("rota received " + fx.suffix));
            assertTrue(b.text("#addenda").contains("Sam Superintendent"));
        }

        HttpClient sup = Http.signedIn(base, fx.superintendent, BrowserFixtures.PASSWORD);
        HttpResponse<byte[]> export = sup.send(HttpRequest.newBuilder(base.toURI().resolve(page + "&export=pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        assertEquals("application/pdf", export.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(export.body());
        for (String expected : List.of(said, story, "Nia Patel", "Expectations not met", "Received, not agreed",
                "rota received " + fx.suffix, "Exported by Sam Superintendent", "Response letter of Nia Patel " + fx.suffix)) {
            assertTrue(text.contains(expected), "the PDF holds " + expected + ": " + text);
        }

        String id = page.substring(page.indexOf("id=") + 3);
        try (Browser b = Browser.phone(base)) {
            b.login(fx.principal, BrowserFixtures.PASSWORD);
            b.nav("#navCritical");
            b.check("critical-list-phone", problems);
            WebElement row = b.find("#conversation-" + id);
            assertTrue(row.getText().contains("Nia Patel") && row.getText().contains("Follow-up")
                    && row.getText().contains("Expectations not met"), row.getText());
            assertFalse(row.getText().contains("Held by"), "who held it is not theirs to see");
            b.clickAndLoad("#conversation-" + id + " .rt-critical-link");
            assertTrue(b.text("#metadataOnly").contains("confidential"));
            assertEquals("Follow-up", b.text("#status"));
            for (String secret : List.of(said, story, "rota received", "Sam Superintendent", "letter.pdf", "bus duty")) {
                assertFalse(b.source().contains(secret), "the principal's page holds " + secret);
            }
            b.check("critical-principal", problems);
            b.clickAndLoad("#timeline");
            assertTrue(b.text("#timelineRows").contains("Follow-up"), "the history, as day, category and status");
            assertFalse(b.source().contains(said));
            b.check("critical-staff-phone", problems);
        }
        HttpClient principal = Http.signedIn(base, fx.principal, BrowserFixtures.PASSWORD);
        assertEquals(404, status(principal, page + "&export=pdf"), "no export for the principal");
        assertEquals(404, status(principal, page + "&export=response"), "nor the response file");

        try (Browser b = Browser.desktop(base)) {
            b.login(fx.superintendent, BrowserFixtures.PASSWORD);
            b.open("/critical/reads.xhtml?conversation=" + id);
            assertTrue(b.text("#reads").contains("exported as PDF"), b.text("#reads"));
            assertTrue(b.text("#reads").contains(fx.superintendent));
            b.check("critical-reads", problems);
            b.open("/critical/staff.xhtml?id=" + fx.staffId("Nia Patel"));
            assertTrue(b.text("#timelineRows").contains("Held by Sam Superintendent"));
            b.check("critical-staff", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRoleByAddressExportAndResponseFileGetsOnlyWhatItMayRead() throws Exception {
        String secret = "Words only the author and the superintendent read " + fx.suffix;
        long id = fx.criticalConversation(fx.assistant, "Ivy Chen", secret, pdf("Ivy's letter " + fx.suffix));
        long staff = fx.staffId("Ivy Chen");
        String page = "/critical/conversation.xhtml?id=" + id;
        Map<String, String> users = new LinkedHashMap<>();
        users.put("superintendent", fx.superintendent);
        users.put("author (assistant)", fx.assistant);
        users.put("another district leader", fx.guessed);
        users.put("the school's principal", fx.principal);
        users.put("another school's principal", fx.resettable);
        users.put("admin", fx.admin);
        // expected: the page, the PDF, the response file, the staff member's history, the log of reads
        Map<String, List<Integer>> expected = Map.of(
                "superintendent", List.of(200, 200, 200, 200, 200),
                "author (assistant)", List.of(200, 200, 200, 200, 403),
                "another district leader", List.of(404, 404, 404, 200, 403),
                "the school's principal", List.of(200, 404, 404, 200, 403),
                "another school's principal", List.of(404, 404, 404, 404, 403),
                "admin", List.of(403, 403, 403, 403, 403));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> user : users.entrySet()) {
            HttpClient client = Http.signedIn(base, user.getValue(), BrowserFixtures.PASSWORD);
            List<Integer> got = new ArrayList<>();
            for (String path : List.of(page, page + "&export=pdf", page + "&export=response", "/critical/staff.xhtml?id=" + staff,
                    "/critical/reads.xhtml")) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                got.add(r.statusCode());
                boolean reader = user.getKey().equals("superintendent") || user.getKey().startsWith("author");
                if (!reader && r.body().contains(secret)) {
                    wrong.add(user.getKey() + " read the content at " + path);
                }
            }
            if (!got.equals(expected.get(user.getKey()))) {
                wrong.add(user.getKey() + ": expected " + expected.get(user.getKey()) + " but was " + got);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        HttpClient sup = Http.signedIn(base, fx.superintendent, BrowserFixtures.PASSWORD);
        for (Map.Entry<String, Integer> odd : Map.of(page + "&export=../../etc/passwd", 400, "/critical/conversation.xhtml?id=abc", 404,
                "/critical/conversation.xhtml?id=999999999", 404, "/critical/index.xhtml?status=FURIOUS", 400,
                "/critical/index.xhtml?page=0", 400, "/critical/reads.xhtml?conversation=x", 400,
                "/critical/staff.xhtml?id=-1", 404, "/critical/index.xhtml?q=" + "%25".repeat(200), 400).entrySet()) {
            assertEquals(odd.getValue(), status(sup, odd.getKey()), odd.getKey());
        }
    }
}
