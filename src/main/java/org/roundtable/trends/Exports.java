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
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.roundtable.observation.ThemeRef;

/**
 * The trends' tables as files: CSV (UTF-8, with a byte-order mark so spreadsheet programs read the accents) and
 * Excel workbooks, each the same figures the page shows. A cell that begins like a formula ({@code = + - @}) is
 * written as text, so a school or theme name cannot run in someone's spreadsheet.
 */
public final class Exports {

    /** The colours of the bands in a workbook, as on the page (RGB). */
    static final Map<Band, String> FILLS = Map.of(Band.WELL_ABOVE, "7C2D12", Band.ABOVE, "FED7AA", Band.BELOW, "E0ECF7");
    /** The text on the darkest band, white as on the page. */
    static final String ON_DARK = "FFFFFF";

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook book = new Workbook(out, "Roundtable", "1.0")) {
            Worksheet sheet = book.newWorksheet(sheetName(t.title()));
            sheet.value(0, 0, t.title());
            sheet.style(0, 0).bold().set();
            for (int i = 0; i < t.header().size(); i++) {
                sheet.value(1, i, t.header().get(i));
                sheet.style(1, i).bold().set();
            }
            for (int r = 0; r < t.rows().size(); r++) {
                List<Object> cells = t.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        sheet.value(r + 2, c, n);
                    } else {
                        sheet.value(r + 2, c, String.valueOf(v));
                    }
                    String fill = t.bands().isEmpty() ? null : FILLS.get(t.bands().get(r).get(c));
                    if (fill != null) {
                        StyleSetter style = sheet.style(r + 2, c).fillColor(fill);
                        (t.bands().get(r).get(c) == Band.WELL_ABOVE ? style.fontColor(ON_DARK) : style).set();
                    }
                }
            }
            for (int i = 0; i < t.header().size(); i++) {
                sheet.width(i, i == 0 ? 34 : Math.min(60, Math.max(10, t.header().get(i).length() + 4)));
            }
            // the title, the header and the names stay in view
            sheet.freezePane(1, 2);
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A sheet name Excel takes: at most 31 characters, none of {@code \ / ? * [ ] :}, not starting or ending with an
     * apostrophe, not empty (a theme named "'Attendance'" or "???" would otherwise make the workbook fail).
     */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        name = (name.length() > 31 ? name.substring(0, 31) : name).replaceAll("^[' ]+|[' ]+$", "");
        return name.isEmpty() ? "Roundtable" : name;
    }
}
