package org.roundtable.critical;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.roundtable.platform.Page;

/**
 * The superintendent's log of who read which critical conversation when (every read of content, the exports and
 * the response files), newest first; {@code ?conversation=} narrows it to one record, {@code ?page=} pages it.
 */
@Named
@RequestScoped
public class CriticalReads {

    static final int PAGE_SIZE = 50;

    @Inject
    CriticalConversations conversations;

    private Long conversation;
    private int page = 1;
    private Page<CriticalConversations.ReadRow> rows;

    public void load() {
        rows = conversations.readsLog(conversation, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public void checkAddress() {
        org.roundtable.platform.Addresses.requireConverted("critical.address.invalid");
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < rows.total();
    }

    public String pageLink(int to) {
        return "/critical/reads.xhtml?page=" + to + (conversation == null ? "" : "&conversation=" + conversation);
    }

    public Page<CriticalConversations.ReadRow> getRows() { return rows; }
    public Long getConversation() { return conversation; }
    public void setConversation(Long conversation) { this.conversation = conversation; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
