package org.roundtable.rounding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.People;
import org.roundtable.people.SchoolChoice;
import org.roundtable.platform.NotFoundException;

/** "You said, we did" for one school and term, made to be printed and put up in the staff room. */
@Named("saidDid")
@RequestScoped
public class SaidDidPage {

    @Inject
    FollowUps followUps;

    @Inject
    People people;

    private String school;
    private String term;
    private SchoolChoice chosen;
    private Term shown;
    private List<SaidDid> rows;
    private List<SchoolChoice> schools;

    public void load() {
        schools = people.schoolChoices();
        long id;
        try {
            id = school == null ? schools.get(0).id() : Long.parseLong(school);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new NotFoundException("school " + school);
        }
        Term current = Term.containing(LocalDate.now());
        shown = "previous".equals(term) ? current.previous() : current;
        rows = followUps.youSaidWeDid(id, shown);
        chosen = schools.stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("school " + id));
    }

    public SchoolChoice getChosen() { return chosen; }
    public Term getShown() { return shown; }
    public List<SaidDid> getRows() { return rows; }
    public List<SchoolChoice> getSchools() { return schools; }
    public boolean isPrevious() { return "previous".equals(term); }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
}
