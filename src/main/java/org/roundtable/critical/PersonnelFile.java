package org.roundtable.critical;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.roundtable.platform.PdfFooter;

/**
 * One critical conversation as a PDF for the staff member's personnel file: the facts of the record, its
 * preparation, what was said and agreed, the acknowledgement and the response (a response PDF's own pages follow),
 * the addenda in order, and on every page who exported it and when. A draft (not signed off) says so at the top.
 */
final class PersonnelFile {

    private static final Logger LOG = Logger.getLogger(PersonnelFile.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private PersonnelFile() {
    }

    static byte[] write(CriticalView v, byte[] responsePdf, String exportedBy, Instant at, ZoneId zone, Locale locale) {
        ResourceBundle msg = ResourceBundle.getBundle("org.roundtable.messages", Locale.ENGLISH);
        CriticalView.Content c = v.content();
        Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
        Font label = new Font(Font.HELVETICA, 9, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 10);
        Font note = new Font(Font.HELVETICA, 9, Font.ITALIC);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PdfFooter(msg.getString("critical.pdf.footer")
                    .formatted(exportedBy, AT.format(at.atZone(zone)))));
            doc.addTitle(msg.getString("critical.pdf.title") + " — " + v.staffName());
            doc.addCreator("Roundtable");
            doc.open();
            doc.add(new Paragraph(msg.getString("critical.pdf.title"), title));
            if (!v.signedOff()) {
                doc.add(new Paragraph(msg.getString("critical.pdf.draft"), note));
            }
            PdfPTable facts = new PdfPTable(new float[] {1, 3});
            facts.setWidthPercentage(100);
            facts.setSpacingBefore(8);
            row(facts, msg.getString("critical.staffMember"), v.staffName() + " · " + v.schoolName(), label, body);
            row(facts, msg.getString("critical.heldOn"), DAY.format(v.heldOn()), label, body);
            row(facts, msg.getString("critical.category"), msg.getString("criticalCategory." + v.category()), label, body);
            row(facts, msg.getString("critical.status"), msg.getString("criticalStatus." + v.status()), label, body);
            row(facts, msg.getString("critical.heldBy"), c.authorName(), label, body);
            if (c.signedOffAt() != null) {
                row(facts, msg.getString("critical.signedOff"), AT.format(c.signedOffAt().atZone(zone)), label, body);
            }
            if (c.followUpOn() != null) {
                row(facts, msg.getString("critical.followUpOn"), DAY.format(c.followUpOn()), label, body);
            }
            doc.add(facts);

            if (v.redacted()) {
                doc.add(spaced(new Paragraph(msg.getString("critical.redacted.note").formatted(DAY.format(v.redactedOn())), body)));
            } else {
                section(doc, msg.getString("critical.preparation"), heading);
                text(doc, msg.getString("critical.nature"), c.nature() == null ? null : msg.getString("criticalNature." + c.nature()), label, body);
                text(doc, msg.getString("critical.expectation"), c.expectation(), label, body);
                text(doc, msg.getString("critical.wantForMe"), c.wantForMe(), label, body);
                text(doc, msg.getString("critical.wantForThem"), c.wantForThem(), label, body);
                text(doc, msg.getString("critical.wantForUs"), c.wantForUs(), label, body);
                if (!c.linked().isEmpty()) {
                    text(doc, msg.getString("critical.linked"), String.join("; ", c.linked().stream()
                            .map(r -> DAY.format(r.heldOn()) + " (" + msg.getString("criticalCategory." + r.category()) + ")").toList()), label, body);
                }
                if (!c.facts().isEmpty()) {
                    PdfPTable t = new PdfPTable(new float[] {1.2f, 3, 3});
                    t.setWidthPercentage(100);
                    t.setSpacingBefore(4);
                    t.setHeaderRows(1);
                    t.addCell(cell(msg.getString("critical.fact.on"), label));
                    t.addCell(cell(msg.getString("critical.fact.saw"), label));
                    t.addCell(cell(msg.getString("critical.fact.story"), label));
                    for (Fact f : c.facts()) {
                        t.addCell(cell(f.getSeenOn() == null ? "" : DAY.format(f.getSeenOn()), body));
                        t.addCell(cell(f.getSaw(), body));
                        t.addCell(cell(f.getStory() == null ? "" : f.getStory(), body));
                    }
                    doc.add(t);
                }
                text(doc, msg.getString("critical.opening"), c.opening(), label, body);

                section(doc, msg.getString("critical.record"), heading);
                text(doc, msg.getString("critical.said"), c.said(), label, body);
                text(doc, msg.getString("critical.theirView"), c.theirView(), label, body);
                text(doc, msg.getString("critical.expectationRestated"), c.expectationRestated(), label, body);
                if (!c.steps().isEmpty()) {
                    PdfPTable t = new PdfPTable(new float[] {4, 1.5f, 1.5f});
                    t.setWidthPercentage(100);
                    t.setSpacingBefore(4);
                    t.setHeaderRows(1);
                    t.addCell(cell(msg.getString("critical.step"), label));
                    t.addCell(cell(msg.getString("critical.step.owner"), label));
                    t.addCell(cell(msg.getString("critical.step.due"), label));
                    for (Step s : c.steps()) {
                        t.addCell(cell(s.getText(), body));
                        t.addCell(cell(s.getOwner() == StepOwner.LEADER ? c.authorName() : v.staffName(), body));
                        t.addCell(cell(DAY.format(s.getDueOn()), body));
                    }
                    doc.add(t);
                }
                text(doc, msg.getString("critical.support"), c.support(), label, body);

                section(doc, msg.getString("critical.acknowledgement"), heading);
                if (c.acknowledgement() == null) {
                    doc.add(new Paragraph(msg.getString("critical.ack.none"), body));
                } else {
                    doc.add(new Paragraph(msg.getString("criticalAck." + c.acknowledgement()).formatted(
                            v.staffName(), DAY.format(c.acknowledgedOn()), c.witness() == null ? "" : c.witness()), body));
                }
                text(doc, msg.getString("critical.responseText"), c.responseText(), label, body);
                if (c.responseFile() != null) {
                    doc.add(new Paragraph(msg.getString("critical.pdf.responseFollows").formatted(c.responseFile().fileName()), note));
                }

                section(doc, msg.getString("critical.addenda"), heading);
                if (c.addenda().isEmpty()) {
                    doc.add(new Paragraph(msg.getString("critical.addenda.none"), body));
                }
                for (CriticalView.AddendumView a : c.addenda()) {
                    doc.add(new Paragraph(a.authorName() + " · " + AT.format(a.createdAt().atZone(zone)), label));
                    Paragraph p = new Paragraph(a.text(), body);
                    p.setSpacingAfter(6);
                    doc.add(p);
                }
            }
            if (c.holdReason() != null) {
                doc.add(spaced(new Paragraph(msg.getString("critical.hold.pdf").formatted(c.holdReason()), note)));
            } else if (c.removeOn() != null && !v.redacted()) {
                doc.add(spaced(new Paragraph(msg.getString("critical.removeOn.pdf").formatted(DAY.format(c.removeOn())), note)));
            }
            if (responsePdf != null && !v.redacted()) {
                appendPages(doc, writer, responsePdf, v.id());
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The personnel-file PDF could not be laid out", e);
        }
    }

    /** The staff member's response PDF, page by page, after the record (each page keeps the export's footer). */
    private static void appendPages(Document doc, PdfWriter writer, byte[] pdf, long id) {
        try {
            PdfReader reader = new PdfReader(pdf);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                doc.setPageSize(reader.getPageSizeWithRotation(i));
                doc.newPage();
                PdfImportedPage page = writer.getImportedPage(reader, i);
                writer.getDirectContent().addTemplate(page, 0, 0);
            }
        } catch (IOException | RuntimeException e) {
            // checked when it was attached; one the reader cannot copy now is named in the record and served on its own
            LOG.log(Level.WARNING, "The response PDF of conversation {0} could not be appended to its export: {1}",
                    new Object[] {id, e.toString()});
        }
    }

    private static void section(Document doc, String title, Font heading) {
        Paragraph p = new Paragraph(title, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(12);
        return p;
    }

    private static void text(Document doc, String label, String value, Font labelFont, Font body) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new Paragraph(label, labelFont));
        Paragraph p = new Paragraph(value, body);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private static void row(PdfPTable t, String label, String value, Font labelFont, Font body) {
        t.addCell(cell(label, labelFont));
        t.addCell(cell(value, body));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    /** The day, as the record's PDF writes it. */
    static String day(LocalDate d) {
        return DAY.format(d);
    }
}
