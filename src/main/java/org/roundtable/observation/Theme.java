package org.roundtable.observation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A theme of the district's list (staffing, student behavior...). Retired themes stay on old observations. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "{theme.name.required}")
    @Size(max = 60, message = "{theme.name.size}")
    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @Column(nullable = false)
    private boolean retired;

    @Version
    private long version;

    protected Theme() {
    }

    public Theme(String name) {
        rename(name);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name").strip();
    }

    public void retire() {
        this.retired = true;
    }

    public void reinstate() {
        this.retired = false;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public boolean isRetired() { return retired; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Theme other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return Theme.class.hashCode();
    }
}
