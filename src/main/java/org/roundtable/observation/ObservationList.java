package org.roundtable.observation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
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
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.platform.PagedModel;

/**
 * The observation list: filters in a form above a lazily paged table; each page is one service call. The filters,
 * the order and the page also come from the address ({@code ?school=&theme=&tone=&group=&from=&to=&sort=&page=}),
 * so a filtered list can be linked to (a trend's drill-down) and bookmarked.
 */
@Named("observations")
@ViewScoped
public class ObservationList implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The rows of a page when the list opens. */
    public static final int PAGE_SIZE = 20;

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
    private Sort sort = Sort.NEWEST;
    private int page = 1;
    private List<SchoolSummary> schools;
    private List<ThemeRef> themeChoices;

    @PostConstruct
    void init() {
        schools = people.schoolsInScope();
        themeChoices = themes.all();
    }

    /**
     * Checks what the address asked for before anything is read: a value that does not convert (a word for a school
     * id, a date that is none, a page of 0) is a bad request; a school outside the caller's scope is refused and
     * audited by the service; a school or theme that does not exist is not found.
     */
    public void checkAddress() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (faces.isValidationFailed()) {
            throw new InvalidRequestException(null, "obs.address.invalid");
        }
        observations.requireSchoolInScope(schoolId);
        if (schoolId != null && schools.stream().noneMatch(s -> s.id() == schoolId)) {
            throw new NotFoundException("school " + schoolId);
        }
        if (themeId != null && themeChoices.stream().noneMatch(t -> t.id() == themeId)) {
            throw new NotFoundException("theme " + themeId);
        }
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

    /** The orders the address can ask for ({@code ?sort=OLDEST}); the list opens newest first. */
    public enum Sort {
        NEWEST("observedOn", SortOrder.DESCENDING), OLDEST("observedOn", SortOrder.ASCENDING),
        TONE("tone", SortOrder.ASCENDING), GROUP("roleGroup", SortOrder.ASCENDING);

        private final String field;
        private final SortOrder order;

        Sort(String field, SortOrder order) {
            this.field = field;
            this.order = order;
        }
    }

    /** The order the list opens in: the address's, newest first without one. */
    public SortMeta getOpeningSort() {
        return SortMeta.builder().field(sort.field).order(sort.order).build();
    }

    /**
     * The first row of the page the list opens on ({@code ?page=}, from 1 to 500: the list pages through the newest
     * {@link Observations#COUNT_LIMIT} matches; a page past the end shows none).
     */
    public int getFirst() {
        return (Math.min(page, (int) (Observations.COUNT_LIMIT / PAGE_SIZE)) - 1) * PAGE_SIZE;
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
    public int getPageSize() { return PAGE_SIZE; }
    public Sort getSort() { return sort; }
    public void setSort(Sort sort) { this.sort = sort == null ? Sort.NEWEST : sort; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page == null ? 1 : Math.max(1, page); }
}
