package org.roundtable.trends;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.roundtable.observation.ThemeRef;
import org.roundtable.observation.Tone;
import org.roundtable.platform.Downloads;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.CurrentCaller;

/**
 * The trends dashboard ({@code /trends/}): the heat map for a window and a tone, and the emerging problems. Read by
 * address alone ({@code ?window=&from=&to=&tone=&sort=}), so it is a GET form: bookmarkable, Enter works, nothing
 * kept on the server between requests. Dates that make no window are told next to the dates (in the page's words, {@code trends.window.*}) and
 * no heat map is counted.
 */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    Trends trends;

    @Inject
    SignalActions signalActions;

    @Inject
    OperationalSignals operationalSignals;

    @Inject
    CurrentCaller callers;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Window.Preset window = Window.Preset.WEEKS_4;
    private LocalDate from;
    private LocalDate to;
    private Tone tone = Tone.CONCERN;
    private HeatMap.Sort sort = HeatMap.Sort.NAME;
    private String export;

    private HeatMap heatMap;
    private SignalBoard board = new SignalBoard(List.of(), List.of());
    private String windowProblem;
    private Operational operational;

    /** Reads the address (after its parameters converted) and counts what it asks for. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed()) {
            throw new InvalidRequestException(null, "trends.address.invalid");
        }
        if (callers.get().isDistrictLeader()) {
            operational = operationalSignals.now();
        }
        LocalDate today = trends.today();
        Window chosen;
        if (window == Window.Preset.CUSTOM) {
            windowProblem = Window.problem(from, to, today);
            if (windowProblem != null) {
                board = signalActions.board();
                return;
            }
            chosen = new Window(from, to, window);
        } else {
            chosen = Window.of(window, today);
            from = chosen.from();
            to = chosen.to();
        }
        heatMap = trends.heatMap(chosen, tone, sort);
        board = signalActions.board();
        views(faces);
        if (export != null) {
            download();
        }
    }

    /** A cell as the table shows it, its address, class and words made once here rather than per cell in EL. */
    public record CellView(String href, String css, String label, int count, String marker) {
    }

    /** A row as the table shows it. */
    public record RowView(String name, List<CellView> cells, int total) {
    }

    private List<RowView> rows = List.of();
    private RowView totals;

    private void views(FacesContext faces) {
        java.util.Map<Band, String> labels = new java.util.EnumMap<>(Band.class);
        java.util.ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        for (Band b : Band.values()) {
            labels.put(b, msg.getString("trends.band." + b));
        }
        String context = faces.getExternalContext().getRequestContextPath();
        boolean drillTotals = isTotalsDrillable();
        java.util.function.BiFunction<HeatMap.Row, Boolean, RowView> view = (r, drill) -> new RowView(r.name(),
                r.cells().stream().map(c -> new CellView(drill ? context + evidence(r.schoolId(), c.themeId()) : null,
                        "rt-band-" + c.band(), labels.get(c.band()), c.count(), c.band().marker())).toList(), r.total());
        rows = heatMap.rows().stream().map(r -> view.apply(r, true)).toList();
        totals = view.apply(heatMap.totals(), drillTotals);
    }

    public List<RowView> getRows() { return rows; }
    public RowView getTotals() { return totals; }

    /** The exports the dashboard offers ({@code ?export=}). */
    static final java.util.Set<String> EXPORTS = java.util.Set.of("heat.csv", "heat.xlsx", "signals.csv", "signals.xlsx",
            "report.pdf");

    private void download() {
        if (!EXPORTS.contains(export)) {
            throw new InvalidRequestException(null, "trends.address.invalid");
        }
        String day = trends.today().toString();
        switch (export) {
            case "heat.csv" -> Downloads.send("roundtable-heat-map-" + day + ".csv", Downloads.CSV, Exports.csv(Exports.heatMap(heatMap)));
            case "heat.xlsx" -> Downloads.send("roundtable-heat-map-" + day + ".xlsx", Downloads.XLSX, Exports.xlsx(Exports.heatMap(heatMap)));
            case "signals.csv" -> Downloads.send("roundtable-emerging-problems-" + day + ".csv", Downloads.CSV, Exports.csv(Exports.signals(board)));
            case "signals.xlsx" -> Downloads.send("roundtable-emerging-problems-" + day + ".xlsx", Downloads.XLSX, Exports.xlsx(Exports.signals(board)));
            default -> {
                SignalView first = board.open().isEmpty() ? null : board.open().get(0).signal();
                ThemeSeries top = first == null ? null : trends.series(first.themeId(), first.schoolId(), Tone.CONCERN, 12);
                Downloads.send("roundtable-scouting-report-" + day + ".pdf", Downloads.PDF, ScoutingReport.pdf(board, heatMap, top,
                        getLastWeekEnd(), callers.get().displayName(),
                        java.time.LocalDateTime.now().format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH))));
            }
        }
    }

    /** The address of an export of what the page shows now. */
    public String exportLink(String what) {
        return "/trends/index.xhtml?window=" + window + (window == Window.Preset.CUSTOM ? "&from=" + from + "&to=" + to : "")
                + "&tone=" + tone + "&sort=" + sort + "&export=" + what;
    }

    /**
     * Answers an address whose parameters did not convert with a 400 (the view action, which would say so, is
     * skipped then).
     */
    public void checkAddress() {
        org.roundtable.platform.Addresses.requireConverted("trends.address.invalid");
    }

    /** The address of the observations behind a cell (a school's or, for district leaders, the district's). */
    public String evidence(Long schoolId, long themeId) {
        return "/observations/index.xhtml?" + (schoolId == null ? "" : "school=" + schoolId + "&") + "theme=" + themeId
                + "&tone=" + tone + "&from=" + heatMap.window().from() + "&to=" + heatMap.window().to();
    }

    /** The address of the observations behind a signal. */
    public String evidence(SignalView s) {
        return "/observations/index.xhtml?" + (s.schoolId() == null ? "" : "school=" + s.schoolId() + "&")
                + "theme=" + s.themeId() + "&tone=" + Tone.CONCERN + "&from=" + s.from() + "&to=" + s.to();
    }

    /** Whether the caller may follow the totals row into the observations (district leaders: every school's). */
    public boolean isTotalsDrillable() {
        return AccessPolicy.schoolScope(callers.get()) == null;
    }

    /** Why a signal fired, in the page's words. */
    public String reason(SignalView s) {
        return Reasons.of(s, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The address of a signal's own page. */
    public static String page(SignalView s) {
        return "/trends/signal.xhtml?rule=" + s.rule() + (s.schoolId() == null ? "" : "&school=" + s.schoolId())
                + "&theme=" + s.themeId();
    }

    public String signalPage(SignalView s) {
        return page(s);
    }

    /** A day as the page's sentences name it: "29 November 2026". */
    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public Window.Preset[] getPresets() { return Window.Preset.values(); }
    public Tone[] getTones() { return Tone.values(); }
    public HeatMap.Sort[] getSorts() { return HeatMap.Sort.values(); }
    public Band[] getBands() { return Band.values(); }
    public List<ThemeRef> getThemes() { return heatMap == null ? List.of() : heatMap.themes(); }

    public Window.Preset getWindow() { return window; }
    public void setWindow(Window.Preset window) { this.window = window == null ? Window.Preset.WEEKS_4 : window; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Tone getTone() { return tone; }
    public void setTone(Tone tone) { this.tone = tone == null ? Tone.CONCERN : tone; }
    public HeatMap.Sort getSort() { return sort; }
    public void setSort(HeatMap.Sort sort) { this.sort = sort == null ? HeatMap.Sort.NAME : sort; }
    public HeatMap getHeatMap() { return heatMap; }
    public String getExport() { return export; }
    public void setExport(String export) { this.export = export; }
    public SignalBoard getBoard() { return board; }
    public Operational getOperational() { return operational; }
    public String getWindowProblem() { return windowProblem; }
    public LocalDate getLastWeekEnd() { return trends.lastCompleteWeek().plusDays(6); }
}
