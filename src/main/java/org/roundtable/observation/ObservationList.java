package org.roundtable.observation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.roundtable.people.People;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.SchoolSummary;
import org.roundtable.platform.PagedModel;

/** The observation list: filters in a form above a lazily paged table; each page is one service call. */
@Named("observations")
@ViewScoped
public class ObservationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Observations observations;

    @Inject
    Themes themes;

    @Inject
    People people;

    private Long schoolId;
    private Long themeId;
    private Tone tone;
    private RoleGroup roleGroup;
    private LocalDate from;
    private LocalDate to;
    private List<SchoolSummary> schools;
    private List<ThemeRef> themeChoices;

    @PostConstruct
    void init() {
        schools = people.schoolsInScope();
        themeChoices = themes.all();
    }

    public void clear() {
        schoolId = null;
        themeId = null;
        tone = null;
        roleGroup = null;
        from = null;
        to = null;
    }

    ObservationFilter filter() {
        return new ObservationFilter(schoolId, themeId, tone, roleGroup, from, to);
    }

    private ObservationSort sortOf(SortMeta sort) {
        if (sort == null) {
            return ObservationSort.DATE;
        }
        return switch (sort.getField()) {
            case "tone" -> ObservationSort.TONE;
            case "roleGroup" -> ObservationSort.ROLE_GROUP;
            default -> ObservationSort.DATE;
        };
    }

    /** The order the list opens in: newest first. */
    public SortMeta getNewestFirst() {
        return SortMeta.builder().field("observedOn").order(SortOrder.DESCENDING).build();
    }

    /**
     * The table: PrimeFaces asks for one page at a time, filtered by the fields above; one model per request (see
     * {@link PagedModel#ofRequest}), so requests on this view at once never share a page.
     */
    public PagedModel<ObservationRow> getRows() {
        return PagedModel.ofRequest(this, "rows", () -> new PagedModel<>(
                (first, size, sort) -> observations.search(filter(), first, size, sortOf(sort),
                        sort != null && sort.getOrder() == SortOrder.ASCENDING),
                ObservationRow::id, Observations.MAX_PAGE_SIZE));
    }
    public List<SchoolSummary> getSchools() { return schools; }
    public List<ThemeRef> getThemeChoices() { return themeChoices; }
    public RoleGroup[] getRoleGroups() { return RoleGroup.values(); }
    public Tone[] getTones() { return Tone.values(); }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public Tone getTone() { return tone; }
    public void setTone(Tone tone) { this.tone = tone; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public void setRoleGroup(RoleGroup roleGroup) { this.roleGroup = roleGroup; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
