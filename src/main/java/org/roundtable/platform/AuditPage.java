package org.roundtable.platform;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log for admins, newest first, one page at a time. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog audit;

    private AuditLog.Action action;
    private final Events events = new Events();

    public class Events extends LazyDataModel<AuditEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(action == null ? null : action.name());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.newest(action == null ? null : action.name(), first, Math.min(pageSize, 100));
        }

        @Override
        public String getRowKey(AuditEvent e) {
            return String.valueOf(e.getId());
        }

        @Override
        public AuditEvent getRowData(String rowKey) {
            return null;
        }
    }

    public Events getEvents() { return events; }
    public AuditLog.Action[] getActions() { return AuditLog.Action.values(); }
    public AuditLog.Action getAction() { return action; }
    public void setAction(AuditLog.Action action) { this.action = action; }
}
