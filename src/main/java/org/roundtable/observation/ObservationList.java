package org.roundtable.observation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.roundtable.people.People;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.SchoolChoice;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.platform.Page;
import org.roundtable.platform.Pager;
import org.roundtable.platform.SelectOption;

/**
 * The observation list: a page of links under a filter form, all of it by address
 * ({@code ?school=&theme=&tone=&group=&from=&to=&sort=&size=&page=}). The filters are a GET form and the pages and
 * the orders links, so every list a leader sees can be linked to (a trend's drill-down), bookmarked, reloaded and
 * reached again with the back button, and the page keeps nothing on the server between requests (a transient view,
 * see {@code StatelessViews}): one request reads one page in one service call and renders it as plain rows. A
 * component table paged by AJAX cost two thirds more per request for the same rows (issue 12).
 */
@Named("observations")
@RequestScoped
public class ObservationList {

    /** The rows of a page unless the address asks for another size. */
    public static final int PAGE_SIZE = 20;
    /** The page sizes the list offers. */
    public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);
    private static final String PATH = "/observations/index.xhtml";

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
    private int size = PAGE_SIZE;
    private List<SchoolChoice> schools;
    private List<ThemeRef> themeChoices;
    private Page<ObservationRow> result;
    private Pager pager;
    private List<PageLink> pageLinks;
    private Map<String, String> sortLinks;
    private Map<String, String> ariaSorts;

    @PostConstruct
    void init() {
        schools = people.schoolChoices();
        themeChoices = themes.all();
    }

    /**
     * Checks what the address asked for before anything is read: a value that does not convert (a word for a school
     * id, a date that is none, a page of 0), a page size the list does not offer or a page past the newest
     * {@link Observations#COUNT_LIMIT} is a bad request; a school outside the caller's scope is refused and audited by
     * the service; a school or theme that does not exist is not found. Then reads the page.
     */
    public void checkAddress() {
        read(ListParameters.of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()));
        if (!PAGE_SIZES.contains(size) || getFirst() >= Observations.COUNT_LIMIT) {
            throw new InvalidRequestException(null, "obs.address.invalid");
        }
        observations.requireSchoolInScope(schoolId);
        if (schoolId != null && schools.stream().noneMatch(s -> s.id() == schoolId)) {
            throw new NotFoundException("school " + schoolId);
        }
        if (themeId != null && themeChoices.stream().noneMatch(t -> t.id() == themeId)) {
            throw new NotFoundException("theme " + themeId);
        }
        // Read before the page starts rendering: a statement that fails or times out then gets its own error page
        // (the busy page), not an error page appended to half a list already written.
        getResult();
    }

    private void read(ListParameters address) {
        schoolId = address.school();
        themeId = address.theme();
        tone = address.tone();
        roleGroup = address.group();
        from = address.from();
        to = address.to();
        sort = address.sort() == null ? Sort.NEWEST : address.sort();
        size = address.size() == null ? PAGE_SIZE : address.size();
        page = address.page() == null ? 1 : address.page();
    }

    ObservationFilter filter() {
        return new ObservationFilter(schoolId, themeId, tone, roleGroup, from, to);
    }

    /** The orders the list offers, by address ({@code ?sort=OLDEST}); it opens newest first. */
    public enum Sort {
        NEWEST(ObservationSort.DATE, false), OLDEST(ObservationSort.DATE, true),
        TONE(ObservationSort.TONE, true), GROUP(ObservationSort.ROLE_GROUP, true);

        private final ObservationSort by;
        private final boolean ascending;

        Sort(ObservationSort by, boolean ascending) {
            this.by = by;
            this.ascending = ascending;
        }
    }

    /** The first row of the page shown. */
    int getFirst() {
        return (page - 1) * size;
    }

    /** This request's page of rows and their count: one service call, however often the page asks. */
    public Page<ObservationRow> getResult() {
        if (result == null) {
            result = observations.search(filter(), getFirst(), size, sort.by, sort.ascending);
        }
        return result;
    }

    public Pager getPager() {
        if (pager == null) {
            pager = Pager.of(page, size, getResult().total(), Observations.COUNT_LIMIT);
        }
        return pager;
    }

    /** The address of another page of this list. */
    private String pageLink(int number) {
        return address(true, sort, number);
    }

    /** A link of the pager with its address (a gap has none). */
    public record PageLink(int number, boolean gap, boolean current, String href) {
    }

    /** The pager's page links with their addresses, so the page reads them as properties (no method call per link). */
    public List<PageLink> getPageLinks() {
        if (pageLinks == null) {
            pageLinks = getPager().getLinks().stream()
                    .map(l -> new PageLink(l.number(), l.isGap(), l.current(), l.isGap() ? null : pageLink(l.number())))
                    .toList();
        }
        return pageLinks;
    }

    public String getPreviousLink() {
        return pageLink(getPager().previous());
    }

    public String getNextLink() {
        return pageLink(getPager().next());
    }

    /** The address each sortable column's header links to, by column ({@code date}, {@code tone}, {@code group}). */
    public Map<String, String> getSortLinks() {
        if (sortLinks == null) {
            sortLinks = Map.of("date", sortLink("date"), "tone", sortLink("tone"), "group", sortLink("group"));
        }
        return sortLinks;
    }

    /** The headers' {@code aria-sort}, by column: only the column the list is ordered by has one. */
    public Map<String, String> getAriaSorts() {
        if (ariaSorts == null) {
            ariaSorts = new HashMap<>();
            for (String column : List.of("date", "tone", "group")) {
                String value = ariaSort(column);
                if (value != null) {
                    ariaSorts.put(column, value);
                }
            }
        }
        return ariaSorts;
    }

    /** The school menu's choices (after "any"), the address's school selected. */
    public List<SelectOption> getSchoolOptions() {
        return schools.stream()
                .map(s -> new SelectOption(String.valueOf(s.id()), s.name(), schoolId != null && schoolId == s.id()))
                .toList();
    }

    public List<SelectOption> getThemeOptions() {
        return themeChoices.stream()
                .map(t -> new SelectOption(String.valueOf(t.id()), t.name(), themeId != null && themeId == t.id()))
                .toList();
    }

    public List<SelectOption> getToneOptions() {
        ResourceBundle msg = messages();
        return Arrays.stream(Tone.values())
                .map(t -> new SelectOption(t.name(), msg.getString("tone." + t), t == tone)).toList();
    }

    public List<SelectOption> getRoleGroupOptions() {
        ResourceBundle msg = messages();
        return Arrays.stream(RoleGroup.values())
                .map(g -> new SelectOption(g.name(), msg.getString("roleGroup." + g), g == roleGroup)).toList();
    }

    public List<SelectOption> getSizeOptions() {
        return PAGE_SIZES.stream().map(n -> new SelectOption(String.valueOf(n), String.valueOf(n), n == size)).toList();
    }

    private static ResourceBundle messages() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /**
     * The address a column's header links to: the list in that column's order from its first page; the date column
     * turns newest first into oldest first and back.
     */
    private String sortLink(String column) {
        Sort by = switch (column) {
            case "tone" -> Sort.TONE;
            case "group" -> Sort.GROUP;
            default -> sort == Sort.NEWEST ? Sort.OLDEST : Sort.NEWEST;
        };
        return address(true, by, 1);
    }

    /** The header's {@code aria-sort} for a column: how the list is ordered by it, or none. */
    private String ariaSort(String column) {
        return switch (column) {
            case "tone" -> sort == Sort.TONE ? "ascending" : null;
            case "group" -> sort == Sort.GROUP ? "ascending" : null;
            default -> sort == Sort.NEWEST ? "descending" : sort == Sort.OLDEST ? "ascending" : null;
        };
    }

    /** This list's address with or without its filters, in the given order, at the given page. */
    private String address(boolean filtered, Sort order, int number) {
        Map<String, Object> query = new LinkedHashMap<>();
        if (filtered) {
            query.put("school", schoolId);
            query.put("theme", themeId);
            query.put("tone", tone);
            query.put("group", roleGroup);
            query.put("from", from);
            query.put("to", to);
        }
        query.put("sort", order == Sort.NEWEST ? null : order);
        query.put("size", size == PAGE_SIZE ? null : size);
        query.put("page", number == 1 ? null : number);
        String q = query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String root = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return root + PATH + (q.isEmpty() ? "" : "?" + q);
    }

    /** Whether any filter is set (the form then offers to clear them). */
    public boolean isFiltered() {
        return schoolId != null || themeId != null || tone != null || roleGroup != null || from != null || to != null;
    }

    /** The list without filters, in the same order and page size. */
    public String getClearLink() {
        return address(false, sort, 1);
    }

    public Long getSchoolId() { return schoolId; }
    public Long getThemeId() { return themeId; }
    public Tone getTone() { return tone; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public Sort getSort() { return sort; }
    public Integer getSize() { return size; }
    public Integer getPage() { return page; }
}
