package org.roundtable.critical;

import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.roundtable.platform.InvalidRequestException;

/**
 * Checks an upload that claims to be the staff member's response as a PDF: not empty, at most 5 MB, and a PDF by its
 * bytes (the {@code %PDF-} header, and a document a PDF reader opens) — not by its name or the type the browser sent.
 */
final class PdfCheck {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** The header may follow a little junk (the PDF reference allows it within the first 1,024 bytes). */
    private static final int HEADER_WITHIN = 1024;

    private PdfCheck() {
    }

    /** The bytes, when they are a readable PDF of at most {@link ResponseFile#MAX_BYTES}; refused in words otherwise. */
    static byte[] require(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("responseFile", "critical.response.empty");
        }
        if (content.length > ResponseFile.MAX_BYTES) {
            throw new InvalidRequestException("responseFile", "critical.response.tooLarge");
        }
        if (!hasHeader(content)) {
            throw new InvalidRequestException("responseFile", "critical.response.notPdf");
        }
        try {
            PdfReader reader = new PdfReader(content);
            int pages = reader.getNumberOfPages();
            reader.close();
            if (pages < 1) {
                throw new InvalidRequestException("responseFile", "critical.response.notPdf");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException ire) {
                throw ire;
            }
            throw new InvalidRequestException("responseFile", "critical.response.notPdf", e);
        }
        return content;
    }

    static boolean hasHeader(byte[] content) {
        int last = Math.min(content.length, HEADER_WITHIN) - HEADER.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < HEADER.length; j++) {
                if (content[i + j] != HEADER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A plain file name for the download: no folders, letters, digits, spaces, dots, dashes; ends in .pdf. */
    static String fileName(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9 ._-]", "_").strip();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name.substring(0, name.length() - 4);
        }
        if (name.isBlank() || name.chars().allMatch(ch -> ch == '_' || ch == '.')) {
            name = "response";
        }
        return (name.length() > 190 ? name.substring(0, 190) : name) + ".pdf";
    }
}
