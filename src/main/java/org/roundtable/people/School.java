package org.roundtable.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A school of the district. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{school.name.required}")
    @Size(max = 120, message = "{school.name.size}")
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull(message = "{school.level.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SchoolLevel level;

    @Version
    private long version;

    protected School() {
    }

    public School(String name, SchoolLevel level) {
        rename(name);
        this.level = Objects.requireNonNull(level, "level");
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name").strip();
    }

    public void changeLevel(SchoolLevel newLevel) {
        this.level = Objects.requireNonNull(newLevel, "level");
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public SchoolLevel getLevel() { return level; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof School other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return School.class.hashCode();
    }

    @Override
    public String toString() {
        return "School[" + id + ", " + name + "]";
    }
}
