package org.roundtable.rounding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.roundtable.platform.NotFoundException;

/** "Before you go": what to know before walking into a school. */
@Named("beforeYouGo")
@RequestScoped
public class BeforeYouGoPage {

    @Inject
    Visits visits;

    private String id;
    private BeforeYouGo brief;

    public void load() {
        try {
            brief = visits.beforeYouGo(Long.parseLong(id));
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("visit " + id);
        }
    }

    public BeforeYouGo getBrief() { return brief; }
    public LocalDate getToday() { return LocalDate.now(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
