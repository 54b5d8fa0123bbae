package org.roundtable.critical;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.roundtable.platform.NotFoundException;

/** One staff member's critical conversations the reader learns of, newest first: their history as a timeline. */
@Named
@RequestScoped
public class CriticalTimeline {

    @Inject
    CriticalConversations conversations;

    private String id;
    private CriticalConversations.Timeline timeline;

    public void load() {
        long staffId;
        try {
            staffId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException("staff " + id);
        }
        timeline = conversations.timeline(staffId);
    }

    public LocalDate getToday() { return LocalDate.now(); }
    public CriticalConversations.Timeline getTimeline() { return timeline; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
