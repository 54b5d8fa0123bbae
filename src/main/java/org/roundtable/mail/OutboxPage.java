package org.roundtable.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.roundtable.platform.PagedModel;

/** The outbox for admins: what the portal would have mailed, newest first. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    /** The table's model, one per request (see {@link PagedModel#ofRequest}). */
    public PagedModel<OutboxMessage> getMessages() {
        return PagedModel.ofRequest(this, "messages", () -> new PagedModel<>(
                (first, size, sort) -> outbox.newest(first, size), OutboxMessage::getId, Outbox.MAX_PAGE_SIZE));
    }
    public boolean isSending() { return outbox.isSending(); }
}
