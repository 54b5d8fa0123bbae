package org.roundtable.trends;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.roundtable.observation.ThemeRef;

/**
 * The scouting report for the weekly leadership meeting, as a PDF: the emerging problems with their reasons, the
 * top one's weeks as a chart, and the heat map, from the same figures the dashboard shows the reader (a principal's
 * report holds their school and the district totals only). Counts only: no observation's words are in it. Bands
 * are marked {@code ++ + -} beside the colours (the PDF's built-in fonts have no triangles).
 */
public final class ScoutingReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Map<Band, Color> FILLS = Map.of(Band.WELL_ABOVE, new Color(0x7c, 0x2d, 0x12),
            Band.ABOVE, new Color(0xfe, 0xd7, 0xaa), Band.BELOW, new Color(0xe0, 0xec, 0xf7), Band.USUAL, Color.WHITE);
    private static final Map<Band, String> MARKS = Map.of(Band.WELL_ABOVE, "++", Band.ABOVE, "+", Band.BELOW, "-",
            Band.USUAL, "");
    /** How many emerging problems the report lists (the dashboard has them all). */
    static final int TOP = 12;

    private ScoutingReport() {
    }

    /**
     * @param board    the emerging problems as the reader sees them
     * @param map      the heat map as the reader sees it
     * @param top      the weekly series of the first open signal's theme (at its school), or null
     * @param asOf     the last day the rules judged
     * @param readerName who asked for it (the footer says so)
     */
    public static byte[] pdf(SignalBoard board, HeatMap map, ThemeSeries top, LocalDate asOf, String readerName,
            String printedAt) {
        ResourceBundle msg = Exports.bundle();
        Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 13, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 10);
        Font small = new Font(Font.HELVETICA, 8);
        Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new org.roundtable.platform.PdfFooter(msg.getString("trends.report.footer").formatted(readerName, printedAt)));
            doc.addTitle(msg.getString("trends.report.title"));
            doc.addCreator("Roundtable");
            doc.open();
            doc.add(new Paragraph(msg.getString("trends.report.title"), title));
            doc.add(new Paragraph(msg.getString("trends.report.intro").formatted(DAY.format(asOf)), body));

            doc.add(spaced(new Paragraph(msg.getString("trends.signals"), heading)));
            if (board.open().isEmpty()) {
                doc.add(new Paragraph(msg.getString("trends.signals.none"), body));
            }
            board.open().stream().limit(TOP).forEach(e -> {
                SignalView s = e.signal();
                Paragraph p = new Paragraph();
                p.add(new Chunk(msg.getString("trends.rule." + s.rule()) + ": ", bold));
                p.add(new Chunk((s.schoolName() == null ? msg.getString("trends.district") : s.schoolName()) + " · "
                        + s.themeName() + ". ", bold));
                p.add(new Chunk(Reasons.of(s, Locale.ENGLISH), body));
                p.setSpacingAfter(3);
                doc.add(p);
            });
            if (board.open().size() > TOP) {
                doc.add(new Paragraph(msg.getString("trends.report.more").formatted(board.open().size() - TOP), small));
            }
            if (!board.setAside().isEmpty()) {
                doc.add(new Paragraph(msg.getString("trends.report.setAside").formatted(board.setAside().size()), small));
            }

            if (top != null) {
                doc.add(spaced(new Paragraph(top.theme().name() + " · " + (top.schoolName() == null
                        ? msg.getString("trends.district") : top.schoolName()) + " — "
                        + msg.getString("trends.report.weekly"), heading)));
                doc.add(chart(writer, top));
            }

            doc.newPage();
            doc.add(new Paragraph(msg.getString("trends.heat") + " — " + Exports.heatMap(map).title(), heading));
            Paragraph legend = new Paragraph(msg.getString("trends.report.legend"), small);
            legend.setSpacingAfter(8);
            doc.add(legend);
            doc.add(heatTable(map, msg, small));
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The scouting report could not be laid out", e);
        }
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable heatTable(HeatMap map, ResourceBundle msg, Font font) {
        List<ThemeRef> themes = map.themes();
        PdfPTable table = new PdfPTable(themes.size() + 2);
        table.setWidthPercentage(100);
        float[] widths = new float[themes.size() + 2];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 3f;
        table.setWidths(widths);
        table.setHeaderRows(1);
        Font head = new Font(Font.HELVETICA, 7, Font.BOLD);
        table.addCell(cell(msg.getString("obs.school"), head, Color.WHITE, Element.ALIGN_LEFT));
        themes.forEach(t -> table.addCell(cell(t.name(), head, Color.WHITE, Element.ALIGN_CENTER)));
        table.addCell(cell(msg.getString("trends.total"), head, Color.WHITE, Element.ALIGN_CENTER));
        List<HeatMap.Row> rows = new java.util.ArrayList<>(map.rows());
        rows.add(map.totals());
        for (HeatMap.Row r : rows) {
            boolean totals = r.schoolId() == null;
            Font rowFont = totals ? new Font(Font.HELVETICA, 8, Font.BOLD) : font;
            table.addCell(cell(totals ? msg.getString("trends.totals") : r.name(), rowFont, Color.WHITE, Element.ALIGN_LEFT));
            for (HeatMap.Cell c : r.cells()) {
                Font f = c.band() == Band.WELL_ABOVE ? new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE) : rowFont;
                table.addCell(cell(c.count() + (MARKS.get(c.band()).isEmpty() ? "" : " " + MARKS.get(c.band())), f,
                        FILLS.get(c.band()), Element.ALIGN_CENTER));
            }
            table.addCell(cell(String.valueOf(r.total()), new Font(Font.HELVETICA, 8, Font.BOLD), Color.WHITE, Element.ALIGN_CENTER));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color fill, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBackgroundColor(fill);
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        c.setBorderColor(new Color(0xd9, 0xde, 0xe5));
        return c;
    }

    /** The weeks as bars, the weeks the rule fired darker, drawn in the PDF itself (no image library). */
    private static Image chart(PdfWriter writer, ThemeSeries s) throws DocumentException, IOException {
        float width = 760;
        float height = 170;
        float left = 28;
        float bottom = 28;
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate t = cb.createTemplate(width, height);
        int max = Math.max(1, s.weeks().stream().mapToInt(ThemeSeries.Week::count).max().orElse(1));
        int n = s.weeks().size();
        float slot = (width - left - 10) / n;
        float scale = (height - bottom - 12) / max;
        BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        t.setColorStroke(new Color(0xd9, 0xde, 0xe5));
        t.moveTo(left, bottom);
        t.lineTo(width - 5, bottom);
        t.stroke();
        for (int i = 0; i < n; i++) {
            ThemeSeries.Week w = s.weeks().get(i);
            t.setColorFill(w.fired() ? new Color(0x7c, 0x2d, 0x12) : new Color(0x1d, 0x4e, 0x89));
            float x = left + i * slot + slot * 0.15f;
            t.rectangle(x, bottom, slot * 0.7f, Math.max(0.5f, w.count() * scale));
            t.fill();
            t.beginText();
            t.setColorFill(Color.DARK_GRAY);
            t.setFontAndSize(font, 7);
            t.showTextAligned(Element.ALIGN_CENTER, String.valueOf(w.count()), x + slot * 0.35f,
                    bottom + w.count() * scale + 2, 0);
            if (i % Math.max(1, n / 12) == 0) {
                t.showTextAligned(Element.ALIGN_CENTER, w.start().format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)),
                        x + slot * 0.35f, bottom - 10, 0);
            }
            t.endText();
        }
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_LEFT);
        return image;
    }
}
