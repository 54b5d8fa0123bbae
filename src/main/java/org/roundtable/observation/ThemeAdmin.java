package org.roundtable.observation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.roundtable.observation.Themes.ThemeUsage;
import org.roundtable.platform.FormErrors;

/** Admin page for the theme list: add, rename, retire or reinstate; delete only what no observation uses. */
@Named
@ViewScoped
public class ThemeAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "edit:name");

    @Inject
    Themes themes;

    @Inject
    FormErrors errors;

    private List<ThemeUsage> usage;
    private Long editingId;
    private long version;
    private String name;

    @PostConstruct
    void init() {
        usage = themes.usage();
    }

    public void add() {
        editingId = null;
        name = null;
    }

    public void edit(ThemeUsage t) {
        editingId = t.id();
        version = t.version();
        name = t.name();
    }

    public void save() {
        try {
            if (editingId == null) {
                themes.add(name);
            } else {
                themes.rename(editingId, version, name);
            }
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info("admin.saved");
        add();
        usage = themes.usage();
    }

    public void toggleRetired(ThemeUsage t) {
        try {
            themes.retire(t.id(), t.version(), !t.retired());
            errors.info("admin.saved");
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
        }
        usage = themes.usage();
    }

    public void delete(ThemeUsage t) {
        try {
            themes.delete(t.id(), t.version());
            errors.info("admin.deleted");
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
        }
        usage = themes.usage();
    }

    public boolean isEditing() { return editingId != null; }
    public List<ThemeUsage> getUsage() { return usage; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
