package org.roundtable.rounding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.roundtable.platform.NotFoundException;

/** People memory: a staff member's conversations with leaders and their recognitions. */
@Named("person")
@RequestScoped
public class PersonPage {

    @Inject
    VisitLog log;

    @Inject
    Recognitions recognitions;

    @Inject
    org.roundtable.people.People people;

    private String id;
    private org.roundtable.people.StaffRow staff;
    private List<ConversationView> conversations;
    private List<RecognitionRow> recognized;

    public void load() {
        long staffId;
        try {
            staffId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("staff " + id);
        }
        conversations = log.conversationsWith(staffId);
        recognized = recognitions.of(staffId);
        staff = people.staffMember(staffId);
    }

    public org.roundtable.people.StaffRow getStaff() { return staff; }
    public List<ConversationView> getConversations() { return conversations; }
    public List<RecognitionRow> getRecognized() { return recognized; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
