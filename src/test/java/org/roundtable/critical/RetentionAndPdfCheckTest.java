package org.roundtable.critical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.roundtable.platform.InvalidRequestException;

/** Removal days, and what passes for the staff member's response PDF. */
class RetentionAndPdfCheckTest {

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(text));
        doc.close();
        return out.toByteArray();
    }

    @Test
    void aClosedRecordIsRemovedTheSameDayYearsLater() {
        Retention three = new Retention(3);
        assertEquals(LocalDate.of(2029, 12, 1), three.removalDate(LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2031, 2, 28), new Retention(5).removalDate(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2027, 2, 28), new Retention(1).removalDate(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2031, 2, 28), new Retention(3).removalDate(LocalDate.of(2028, 2, 29)), "a leap day falls back");
        assertThrows(IllegalArgumentException.class, () -> new Retention(0));
        assertThrows(IllegalArgumentException.class, () -> new Retention(51));
    }

    @Test
    void removalIsDueOnItsDayNotBeforeNotTwiceNotWhenHeld() {
        LocalDate day = LocalDate.of(2029, 12, 1);
        assertFalse(Retention.isDue(day, false, false, day.minusDays(1)));
        assertTrue(Retention.isDue(day, false, false, day));
        assertTrue(Retention.isDue(day, false, false, day.plusYears(2)), "a sweep that missed the day catches up");
        assertFalse(Retention.isDue(day, true, false, day.plusDays(1)), "legal hold");
        assertFalse(Retention.isDue(day, false, true, day.plusDays(1)), "removed already");
        assertFalse(Retention.isDue(null, false, false, day), "not closed");
    }

    private static String refusal(byte[] content) {
        return assertThrows(InvalidRequestException.class, () -> PdfCheck.require(content)).messageKey();
    }

    @Test
    void aResponseMustBeARealPdfOfAtMostFiveMegabytes() {
        byte[] real = pdf("I received this record; I do not agree with it.");
        assertArrayEquals(real, PdfCheck.require(real));
        assertEquals("critical.response.empty", refusal(new byte[0]));
        assertEquals("critical.response.empty", refusal(null));
        assertEquals("critical.response.notPdf", refusal("Hello, I am a text file named response.pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals("critical.response.notPdf", refusal("%PDF-1.4\nnot really a pdf at all".getBytes(StandardCharsets.US_ASCII)),
                "the header alone is not enough");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertEquals("critical.response.notPdf", refusal(png));
        byte[] large = new byte[ResponseFile.MAX_BYTES + 1];
        System.arraycopy(real, 0, large, 0, real.length);
        assertEquals("critical.response.tooLarge", refusal(large));
    }

    @Test
    void theFileNameIsPlain() {
        assertEquals("response.pdf", PdfCheck.fileName("C:\\Users\\x\\response.PDF"));
        assertEquals("my_letter__.pdf", PdfCheck.fileName("../../my letter?*.pdf").replace(' ', '_'));
        assertEquals("response.pdf", PdfCheck.fileName(null));
        assertEquals("response.pdf", PdfCheck.fileName("\u202e\u202e"));
        assertTrue(PdfCheck.fileName("a".repeat(500) + ".pdf").length() <= 200);
    }
}
