package org.roundtable.trends;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.roundtable.observation.Tone;
import org.roundtable.platform.Downloads;
import org.roundtable.platform.InvalidRequestException;

/**
 * A theme over time ({@code /trends/theme.xhtml?theme=&school=&tone=&weeks=}): its weekly series district-wide or
 * at one school — a school's beside the district's average per school — as a chart with the same figures in a
 * table beside it, the weeks the rising-concern rule fired marked in both, and the window against the one before.
 */
@Named
@RequestScoped
public class ThemeTrend {

    /** The lengths offered. */
    static final List<Integer> WEEK_CHOICES = List.of(12, 26, 52, 104);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Inject
    Trends trends;

    private Long themeId;
    private Long schoolId;
    private Tone tone = Tone.CONCERN;
    private int weeks = 26;
    private String export;

    private ThemeSeries series;
    private ThemeSeries district;
    private int schoolCount;
    private List<Row> rows = List.of();
    private List<SchoolName> schools = List.of();
    private List<org.roundtable.observation.ThemeRef> themes = List.of();

    /** One line of the table: a week, its count, the district's average per school beside a school's. */
    public record Row(String week, int count, Double districtAverage, boolean fired) {
    }

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed() || themeId == null) {
            throw new InvalidRequestException(null, "trends.address.invalid");
        }
        series = trends.series(themeId, schoolId, tone, weeks);
        // the choices of the form, read once here (a getter EL may call more than once per page)
        schools = trends.schools();
        themes = trends.themes();
        if (schoolId != null) {
            district = trends.series(themeId, null, tone, weeks);
            schoolCount = Math.max(1, trends.schoolCount());
        }
        List<Row> r = new ArrayList<>(series.weeks().size());
        for (int i = 0; i < series.weeks().size(); i++) {
            ThemeSeries.Week w = series.weeks().get(i);
            r.add(new Row(LONG.format(w.start()), w.count(),
                    district == null ? null : district.weeks().get(i).count() / (double) schoolCount, w.fired()));
        }
        rows = List.copyOf(r);
        if (export != null) {
            String name = "roundtable-" + series.theme().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    + "-weeks-" + series.weeks().get(series.weeks().size() - 1).end();
            switch (export) {
                case "weeks.csv" -> Downloads.send(name + ".csv", Downloads.CSV, Exports.csv(Exports.weeks(series, rows)));
                case "weeks.xlsx" -> Downloads.send(name + ".xlsx", Downloads.XLSX, Exports.xlsx(Exports.weeks(series, rows)));
                default -> throw new InvalidRequestException(null, "trends.address.invalid");
            }
        }
    }

    /** The address of an export of the weeks shown. */
    public String exportLink(String what) {
        return "/trends/theme.xhtml?theme=" + themeId + (schoolId == null ? "" : "&school=" + schoolId) + "&tone=" + tone
                + "&weeks=" + weeks + "&export=" + what;
    }

    /**
     * Answers an address whose parameters did not convert with a 400 (the view action, which would say so, is
     * skipped then).
     */
    public void checkAddress() {
        org.roundtable.platform.Addresses.requireConverted("trends.address.invalid");
    }

    /** The chart as Chart.js reads it (p:chart takes the JSON itself). */
    public String getChart() {
        ResourceBundle msg = ResourceBundle.getBundle("org.roundtable.messages", Locale.ENGLISH);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder radius = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        JsonArrayBuilder averages = Json.createArrayBuilder();
        for (int i = 0; i < series.weeks().size(); i++) {
            ThemeSeries.Week w = series.weeks().get(i);
            labels.add(SHORT.format(w.start()));
            counts.add(w.count());
            radius.add(w.fired() ? 7 : 2);
            colours.add(w.fired() ? "#7c2d12" : "#1d4e89");
            if (district != null) {
                averages.add(Math.round(100.0 * rows.get(i).districtAverage()) / 100.0);
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", series.schoolName() != null ? series.schoolName() : msg.getString("trends.district"))
                .add("data", counts).add("borderColor", "#1d4e89").add("backgroundColor", "#1d4e89")
                .add("pointRadius", radius).add("pointBackgroundColor", colours).add("tension", 0));
        if (district != null) {
            datasets.add(Json.createObjectBuilder().add("label", msg.getString("trends.series.average"))
                    .add("data", averages).add("borderColor", "#6b7280").add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("pointRadius", 0).add("tension", 0));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", district != null)))
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    /** The address of this theme's observations over the weeks shown (a school's, or every school's in scope). */
    public String getEvidence() {
        ThemeSeries.Week first = series.weeks().get(0);
        ThemeSeries.Week last = series.weeks().get(series.weeks().size() - 1);
        return "/observations/index.xhtml?" + (schoolId == null ? "" : "school=" + schoolId + "&") + "theme=" + themeId
                + "&tone=" + tone + "&from=" + first.start() + "&to=" + last.end();
    }

    public String getFirstDay() { return LONG.format(series.weeks().get(0).start()); }
    public String getLastDay() { return LONG.format(series.weeks().get(series.weeks().size() - 1).end()); }
    public boolean isAnyFired() { return series.weeks().stream().anyMatch(ThemeSeries.Week::fired); }
    public List<Integer> getWeekChoices() { return WEEK_CHOICES; }
    public Tone[] getTones() { return Tone.values(); }
    public List<SchoolName> getSchools() { return schools; }
    public List<org.roundtable.observation.ThemeRef> getThemes() { return themes; }

    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public Tone getTone() { return tone; }
    public void setTone(Tone tone) { this.tone = tone == null ? Tone.CONCERN : tone; }
    public int getWeeks() { return weeks; }
    public void setWeeks(int weeks) { this.weeks = weeks; }
    public ThemeSeries getSeries() { return series; }
    public String getExport() { return export; }
    public void setExport(String export) { this.export = export; }
    public List<Row> getRows() { return rows; }
    public boolean isCompared() { return district != null; }
}
