package org.roundtable.critical;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundtable.people.People;
import org.roundtable.people.SchoolChoice;
import org.roundtable.people.StaffRow;
import org.roundtable.platform.FormErrors;
import org.roundtable.platform.Page;
import org.roundtable.security.Me;

/**
 * The critical conversations a leader learns of (the address carries the search: {@code ?q=&status=&page=}), and
 * planning a new one: the school (district leaders choose it), the staff member, the day and what it is about.
 */
@Named
@ViewScoped
public class CriticalIndex implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    CriticalConversations conversations;

    @Inject
    People people;

    @Inject
    FormErrors errors;

    @Inject
    Me me;

    private String q;
    private Status status;
    private int page = 1;
    private Long staff;
    private Page<CriticalRow> rows;
    private List<SchoolChoice> schools = List.of();
    private Long schoolId;
    private List<StaffRow> staffChoices = List.of();
    private Long staffId;
    private LocalDate heldOn;
    private Category category;

    public void load() {
        if (rows != null) {
            return;
        }
        rows = conversations.list(q, status, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        schools = people.schoolChoices();
        if (staff != null) {
            StaffRow chosen = people.staffMember(staff);
            schoolId = chosen.schoolId();
            staffId = chosen.id();
        } else if (schools.size() == 1) {
            schoolId = schools.get(0).id();
        }
        loadStaff();
        heldOn = LocalDate.now();
    }

    /** Answers an address whose parameters did not convert with a 400. */
    public void checkAddress() {
        org.roundtable.platform.Addresses.requireConverted("critical.address.invalid");
    }

    /** The staff of the chosen school (active ones: a conversation is with someone working here). */
    public void loadStaff() {
        List<StaffRow> all = new java.util.ArrayList<>();
        // a school's whole staff, a page at a time (a large high school has more than a page)
        for (int first = 0; schoolId != null && first < 2000; first += People.MAX_PAGE_SIZE) {
            Page<StaffRow> p = people.staff(schoolId, null, null, false, first, People.MAX_PAGE_SIZE);
            all.addAll(p.rows());
            if (all.size() >= p.total() || p.rows().isEmpty()) {
                break;
            }
        }
        staffChoices = List.copyOf(all);
        if (staffId != null && staffChoices.stream().noneMatch(s -> s.id() == staffId)) {
            staffId = null;
        }
    }

    public void plan() throws IOException {
        if (staffId == null) {
            errors.error("plan:staff", "critical.staff.required");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long id;
        try {
            id = conversations.plan(staffId, heldOn, category);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("heldOn", "plan:heldOn", "category", "plan:category", "staffId", "plan:staff"));
            return;
        }
        errors.info("critical.planned");
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/critical/conversation.xhtml?id=" + id);
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < rows.total();
    }

    /** The address of another page of the same search. */
    public String pageLink(int to) {
        StringBuilder link = new StringBuilder("/critical/index.xhtml?page=").append(to);
        if (q != null && !q.isBlank()) {
            link.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (status != null) {
            link.append("&status=").append(status);
        }
        return link.toString();
    }

    public LocalDate getToday() { return LocalDate.now(); }
    public Page<CriticalRow> getRows() { return rows; }
    public List<SchoolChoice> getSchools() { return schools; }
    public List<StaffRow> getStaffChoices() { return staffChoices; }
    public Category[] getCategories() { return Category.values(); }
    public Status[] getStatuses() { return Status.values(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public Long getStaff() { return staff; }
    public void setStaff(Long staff) { this.staff = staff; }
    public Long getSchoolId() { return schoolId; }
    public void setSchoolId(Long schoolId) { this.schoolId = schoolId; }
    public Long getStaffId() { return staffId; }
    public void setStaffId(Long staffId) { this.staffId = staffId; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
}
