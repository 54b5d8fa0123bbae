package org.roundtable.observation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.School;
import org.roundtable.account.UserAccount;

/** Something a leader noticed at a school. */
@Entity
@Table(name = "observation")
public class Observation {

    /** The longest text an observation keeps (the column is varchar(4000)). */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @NotNull
    @PastOrPresent
    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role_group", nullable = false, length = 30)
    private RoleGroup roleGroup;

    /** Its themes, each carrying the school and day (see {@link ObservationTheme}). */
    @NotEmpty
    @OneToMany(mappedBy = "observation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ObservationTheme> themes = new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Tone tone;

    @NotBlank
    @Size(max = MAX_TEXT)
    @Column(name = "body", nullable = false, length = MAX_TEXT)
    private String text;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", length = 30, updatable = false)
    private SourceType sourceType;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    /** The item within the source that produced it (a rounding conversation within its visit), if any. */
    @Column(name = "source_item_id", updatable = false)
    private Long sourceItemId;

    /**
     * From a conversation marked "district leaders only": hidden from the school's principal (PRODUCT.md rule 7).
     * It follows the conversation's flag when that changes ({@link Observations#flagLeadersOnly}).
     */
    @Column(name = "leaders_only", nullable = false)
    private boolean leadersOnly;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Observation() {
    }

    public Observation(School school, LocalDate observedOn, RoleGroup roleGroup, Set<Theme> themes, Tone tone,
            String text, UserAccount author, SourceType sourceType, Long sourceId) {
        this(school, observedOn, roleGroup, themes, tone, text, author, sourceType, sourceId, false);
    }

    public Observation(School school, LocalDate observedOn, RoleGroup roleGroup, Set<Theme> themes, Tone tone,
            String text, UserAccount author, SourceType sourceType, Long sourceId, boolean leadersOnly) {
        this(school, observedOn, roleGroup, themes, tone, text, author, sourceType, sourceId, null, leadersOnly);
    }

    public Observation(School school, LocalDate observedOn, RoleGroup roleGroup, Set<Theme> themes, Tone tone,
            String text, UserAccount author, SourceType sourceType, Long sourceId, Long sourceItemId, boolean leadersOnly) {
        if (sourceItemId != null && sourceId == null) {
            throw new IllegalArgumentException("An item of a source needs the source");
        }
        this.sourceItemId = sourceItemId;
        this.leadersOnly = leadersOnly;
        this.author = Objects.requireNonNull(author, "author");
        if ((sourceType == null) != (sourceId == null)) {
            throw new IllegalArgumentException("A source needs both a type and an id");
        }
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        revise(school, observedOn, roleGroup, themes, tone, text);
    }

    /** Changes what was observed; the author and the source stay. */
    public final void revise(School school, LocalDate observedOn, RoleGroup roleGroup, Set<Theme> themes, Tone tone,
            String text) {
        if (themes == null || themes.isEmpty()) {
            throw new IllegalArgumentException("An observation needs at least one theme");
        }
        this.school = Objects.requireNonNull(school, "school");
        this.observedOn = Objects.requireNonNull(observedOn, "observedOn");
        this.roleGroup = Objects.requireNonNull(roleGroup, "roleGroup");
        this.tone = Objects.requireNonNull(tone, "tone");
        this.text = Objects.requireNonNull(text, "text").strip();
        // keep the rows of themes that stay (with the school, day, tone and role group copied again, so those come first),
        // drop the others, add the new
        this.themes.removeIf(t -> !themes.contains(t.getTheme()));
        Set<Theme> kept = new HashSet<>();
        for (ObservationTheme t : this.themes) {
            t.follow();
            kept.add(t.getTheme());
        }
        for (Theme t : themes) {
            if (!kept.contains(t)) {
                this.themes.add(new ObservationTheme(this, t));
            }
        }
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public School getSchool() { return school; }
    public LocalDate getObservedOn() { return observedOn; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public Set<Theme> getThemes() { return themes.stream().map(ObservationTheme::getTheme).collect(Collectors.toUnmodifiableSet()); }
    public Tone getTone() { return tone; }
    public String getText() { return text; }
    public UserAccount getAuthor() { return author; }
    public SourceType getSourceType() { return sourceType; }
    public Long getSourceId() { return sourceId; }
    public Long getSourceItemId() { return sourceItemId; }
    public boolean isLeadersOnly() { return leadersOnly; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Observation other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return Observation.class.hashCode();
    }
}
