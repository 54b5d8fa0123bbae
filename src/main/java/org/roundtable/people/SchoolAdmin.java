package org.roundtable.people;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.FormErrors;

/** Admin page for schools: add, rename, change level. */
@Named
@ViewScoped
public class SchoolAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "edit:name", "level", "edit:level");

    @Inject
    People people;

    @Inject
    FormErrors errors;

    private List<SchoolSummary> schools;
    private Long editingId;
    private long version;
    private String name;
    private SchoolLevel level;

    @PostConstruct
    void init() {
        schools = people.schools();
    }

    public void add() {
        editingId = null;
        name = null;
        level = null;
    }

    public void edit(SchoolSummary s) {
        editingId = s.id();
        version = s.version();
        name = s.name();
        level = s.level();
    }

    public void save() {
        try {
            if (editingId == null) {
                people.addSchool(name, level);
            } else {
                people.updateSchool(editingId, version, name, level);
            }
        } catch (RuntimeException e) {
            errors.show(e, FIELDS);
            return;
        }
        errors.info("admin.saved");
        add();
        schools = people.schools();
    }

    public boolean isEditing() { return editingId != null; }
    public List<SchoolSummary> getSchools() { return schools; }
    public SchoolLevel[] getLevels() { return SchoolLevel.values(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public SchoolLevel getLevel() { return level; }
    public void setLevel(SchoolLevel level) { this.level = level; }
}
