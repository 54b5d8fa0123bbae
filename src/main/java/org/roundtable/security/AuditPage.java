package org.roundtable.security;

import org.roundtable.platform.AuditEvent;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The audit log for admins, newest first, one page at a time. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    private AuditLog.Action action;
    /** The table's model, one per request (see {@link PagedModel#ofRequest}). */
    public PagedModel<AuditEvent> getEvents() {
        return PagedModel.ofRequest(this, "events", () -> new PagedModel<>(
                (first, size, sort) -> audit.newest(action == null ? null : action.name(), first, size),
                AuditEvent::getId, AuditTrail.MAX_PAGE_SIZE));
    }
    public AuditLog.Action[] getActions() { return AuditLog.Action.values(); }
    public AuditLog.Action getAction() { return action; }
    public void setAction(AuditLog.Action action) { this.action = action; }
}
