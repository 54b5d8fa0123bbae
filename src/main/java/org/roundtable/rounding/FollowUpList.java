package org.roundtable.rounding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.FormErrors;
import org.roundtable.security.Me;

/**
 * "My follow-ups" (and, for district leaders, every open one): overdue ones highlighted, progress in one tap,
 * closing with what was done. A failed save keeps the resolution text.
 */
@Named("followUpList")
@ViewScoped
public class FollowUpList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FollowUps followUps;

    @Inject
    FormErrors errors;

    @Inject
    Me me;

    private boolean all;
    private boolean includeResolved;
    private int limit = FollowUps.PAGE;
    private boolean more;
    private List<FollowUpRow> rows;
    private Long resolvingId;
    private String resolution;

    public void load() {
        if (rows == null) {
            reload();
        }
    }

    public void reload() {
        List<FollowUpRow> read = all && me.isDistrictLeader() ? followUps.allOpen(limit) : followUps.mine(includeResolved, limit);
        more = read.size() > limit;
        rows = more ? read.subList(0, limit) : read;
    }

    /** A new list (the toggles): from its first page again. */
    public void restart() {
        limit = FollowUps.PAGE;
        reload();
    }

    /** The next follow-ups after those shown (up to {@link FollowUps#MAX_SHOWN} in all). */
    public void showMore() {
        limit = Math.min(FollowUps.MAX_SHOWN, limit + FollowUps.PAGE);
        reload();
    }

    /** Whether there are follow-ups after those shown that "show more" can add. */
    public boolean isMore() {
        return more && limit < FollowUps.MAX_SHOWN;
    }

    public void start(FollowUpRow f) {
        change(f, FollowUpStatus.IN_PROGRESS);
    }

    public void reopen(FollowUpRow f) {
        change(f, FollowUpStatus.OPEN);
    }

    private void change(FollowUpRow f, FollowUpStatus status) {
        try {
            followUps.progress(f.id(), f.version(), status);
        } catch (RuntimeException e) {
            errors.show(e, Map.of());
            reload();
            return;
        }
        reload();
    }

    public void openResolve(FollowUpRow f) {
        if (resolvingId == null || resolvingId != f.id()) {
            resolution = null;
        }
        resolvingId = f.id();
    }

    public void closeResolve() {
        resolvingId = null;
    }

    public void resolve(FollowUpRow f) {
        int index = rows.indexOf(f);
        try {
            followUps.resolve(f.id(), f.version(), resolution);
        } catch (RuntimeException e) {
            errors.show(e, Map.of("resolution", "list:rows:" + index + ":resolution",
                    "whatWasDone", "list:rows:" + index + ":resolution"));
            return;
        }
        errors.notice("followUp.resolved");
        resolvingId = null;
        resolution = null;
        reload();
    }

    public boolean isOverdue(FollowUpRow f) {
        return f.overdue(LocalDate.now());
    }

    public List<FollowUpRow> getRows() { return rows; }
    public boolean isAll() { return all; }
    public void setAll(boolean all) { this.all = all; }
    public boolean isIncludeResolved() { return includeResolved; }
    public void setIncludeResolved(boolean includeResolved) { this.includeResolved = includeResolved; }
    public Long getResolvingId() { return resolvingId; }
    public String getResolution() { return resolution; }
    public void setResolution(String resolution) { this.resolution = resolution; }
}
