package org.roundtable.trends;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.roundtable.observation.ThemeRef;

/**
 * The trends' tables as files: CSV (UTF-8, with a byte-order mark so spreadsheet programs read the accents) and
 * Excel workbooks, each the same figures the page shows. A cell that begins like a formula ({@code = + - @}) is
 * written as text, so a school or theme name cannot run in someone's spreadsheet.
 */
public final class Exports {

    /** The colours of the bands in a workbook, as on the page. */
    private static final Map<Band, byte[]> FILLS = Map.of(
            Band.WELL_ABOVE, new byte[] {(byte) 0x7c, 0x2d, 0x12}, Band.ABOVE, new byte[] {(byte) 0xfe, (byte) 0xd7, (byte) 0xaa},
            Band.BELOW, new byte[] {(byte) 0xe0, (byte) 0xec, (byte) 0xf7});

    private Exports() {
    }

    /** A table: its header and rows of text or numbers. */
    public record Table(String title, List<String> header, List<List<Object>> rows, List<List<Band>> bands) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            bands = bands == null ? List.of() : bands;
        }
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle("org.roundtable.messages", Locale.ENGLISH);
    }

    /** The heat map: a row per school, the district's totals last, a column per theme and the total. */
    public static Table heatMap(HeatMap map) {
        ResourceBundle msg = bundle();
        List<String> header = new ArrayList<>();
        header.add(msg.getString("obs.school"));
        map.themes().stream().map(ThemeRef::name).forEach(header::add);
        header.add(msg.getString("trends.total"));
        List<List<Object>> rows = new ArrayList<>();
        List<List<Band>> bands = new ArrayList<>();
        List<HeatMap.Row> all = new ArrayList<>(map.rows());
        all.add(map.totals());
        for (HeatMap.Row r : all) {
            List<Object> row = new ArrayList<>();
            List<Band> band = new ArrayList<>();
            row.add(r.name() == null ? msg.getString("trends.totals") : r.name());
            band.add(Band.USUAL);
            for (HeatMap.Cell c : r.cells()) {
                row.add(c.count());
                band.add(c.band());
            }
            row.add(r.total());
            band.add(Band.USUAL);
            rows.add(row);
            bands.add(band);
        }
        return new Table(msg.getString("trends.tones." + map.tone()) + " " + map.window().from() + " – " + map.window().to(),
                header, rows, bands);
    }

    /** The emerging problems, open ones first, with why each fired and where it stands. */
    public static Table signals(SignalBoard board) {
        ResourceBundle msg = bundle();
        List<String> header = List.of(msg.getString("trends.rule"), msg.getString("obs.school"), msg.getString("trends.theme"),
                msg.getString("trends.export.reason"), msg.getString("trends.export.concerns"), msg.getString("trends.weeks"),
                msg.getString("trends.export.baseline"), msg.getString("trends.from"), msg.getString("trends.to"),
                msg.getString("trends.export.status"));
        List<List<Object>> rows = new ArrayList<>();
        List<SignalEntry> all = new ArrayList<>(board.open());
        all.addAll(board.setAside());
        for (SignalEntry e : all) {
            SignalView s = e.signal();
            rows.add(List.of(msg.getString("trends.rule." + s.rule()),
                    s.schoolName() == null ? msg.getString("trends.district") : s.schoolName(), s.themeName(),
                    Reasons.of(s, Locale.ENGLISH), s.observed(), s.windowWeeks(),
                    Math.round(s.baselinePerWeek() * 100) / 100.0, s.from().toString(), s.to().toString(),
                    msg.getString("trends.status." + (e.worse() ? "OPEN" : e.status().name()))));
        }
        return new Table(msg.getString("trends.signals"), header, rows, null);
    }

    /** A theme's weeks (and the district's average per school beside a school's). */
    public static Table weeks(ThemeSeries series, List<ThemeTrend.Row> rows) {
        ResourceBundle msg = bundle();
        List<String> header = new ArrayList<>(List.of(msg.getString("trends.series.week"),
                msg.getString("trends.tones." + series.tone())));
        boolean compared = !rows.isEmpty() && rows.get(0).districtAverage() != null;
        if (compared) {
            header.add(msg.getString("trends.series.average"));
        }
        header.add(msg.getString("trends.export.fired"));
        List<List<Object>> out = new ArrayList<>();
        for (int i = 0; i < series.weeks().size(); i++) {
            ThemeSeries.Week w = series.weeks().get(i);
            List<Object> row = new ArrayList<>(List.of(w.start().toString(), w.count()));
            if (compared) {
                row.add(Math.round(rows.get(i).districtAverage() * 100) / 100.0);
            }
            row.add(w.fired() ? msg.getString("trends.export.yes") : "");
            out.add(row);
        }
        return new Table(series.theme().name() + " · " + (series.schoolName() == null ? msg.getString("trends.district")
                : series.schoolName()), header, out, null);
    }

    /** The table as CSV. */
    public static byte[] csv(Table t) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, new ArrayList<>(t.header()));
        t.rows().forEach(r -> line(out, r));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = cells.get(i);
            String text = v instanceof Number ? String.valueOf(v) : safe(String.valueOf(v));
            out.append(text.matches(".*[\",\\r\\n].*") || text.startsWith("'") ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        out.append("\r\n");
    }

    /** Text a spreadsheet would take for a formula, made plain text. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The table as an Excel workbook of one sheet: numbers as numbers, a heat map's bands as the page's colours. */
    public static byte[] xlsx(Table t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName(t.title()));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            Map<Band, CellStyle> styles = new java.util.EnumMap<>(Band.class);
            for (Band b : Band.values()) {
                XSSFCellStyle style = book.createCellStyle();
                if (FILLS.containsKey(b)) {
                    style.setFillForegroundColor(new XSSFColor(FILLS.get(b), null));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    if (b == Band.WELL_ABOVE) {
                        Font white = book.createFont();
                        white.setColor(IndexedColors.WHITE.getIndex());
                        style.setFont(white);
                    }
                }
                styles.put(b, style);
            }
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(t.title());
            title.getCell(0).setCellStyle(head);
            Row header = sheet.createRow(1);
            for (int i = 0; i < t.header().size(); i++) {
                header.createCell(i).setCellValue(t.header().get(i));
                header.getCell(i).setCellStyle(head);
            }
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> cells = t.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                    if (!t.bands().isEmpty()) {
                        row.getCell(c).setCellStyle(styles.get(t.bands().get(r).get(c)));
                    }
                }
            }
            for (int i = 0; i < t.header().size(); i++) {
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, t.header().get(i).length() + 4)) * 256);
            }
            sheet.setColumnWidth(0, 34 * 256);
            sheet.createFreezePane(1, 2);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
