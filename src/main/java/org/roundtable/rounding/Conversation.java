package org.roundtable.rounding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.roundtable.people.RoleGroup;
import org.roundtable.people.StaffMember;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.account.UserAccount;

/**
 * A conversation during a visit: with a named staff member, a role group, or students (a grade band, never
 * names). Answers to the rounding questions are optional; so is what is on the person's mind, but a
 * conversation with nothing written down is refused.
 */
@Entity
@Table(name = "conversation")
public class Conversation {

    public static final int MAX_MIND = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false, updatable = false)
    private Visit visit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConversationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_member_id")
    private StaffMember staffMember;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role_group", nullable = false, length = 30)
    private RoleGroup roleGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade_band", length = 20)
    private GradeBand gradeBand;

    @Size(max = MAX_MIND)
    @Column(name = "on_their_mind", length = MAX_MIND)
    private String onTheirMind;

    @Column(name = "leaders_only", nullable = false)
    private boolean leadersOnly;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "conversation_answer", joinColumns = @JoinColumn(name = "conversation_id"))
    @OrderColumn(name = "position")
    private List<ConversationAnswer> answers = new ArrayList<>();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(Visit visit, UserAccount author) {
        this.visit = Objects.requireNonNull(visit, "visit");
        this.author = Objects.requireNonNull(author, "author");
    }

    /**
     * Says whom the conversation was with and what was heard.
     *
     * @param staffMember for {@link ConversationKind#STAFF_MEMBER}: someone at the visit's school
     * @param roleGroup   for {@link ConversationKind#ROLE_GROUP}
     * @param gradeBand   for {@link ConversationKind#STUDENTS}
     */
    public final void record(ConversationKind kind, StaffMember staffMember, RoleGroup roleGroup, GradeBand gradeBand,
            String onTheirMind, boolean leadersOnly, List<ConversationAnswer> answers) {
        if (kind == null) {
            throw new InvalidRequestException("kind", "conversation.kind.required");
        }
        switch (kind) {
            case STAFF_MEMBER -> {
                if (staffMember == null) {
                    throw new InvalidRequestException("staffMemberId", "conversation.staff.required");
                }
                if (!staffMember.getSchool().getId().equals(visit.getSchool().getId())) {
                    throw new InvalidRequestException("staffMemberId", "conversation.staff.otherSchool");
                }
                this.staffMember = staffMember;
                this.roleGroup = staffMember.getRoleGroup();
                this.gradeBand = null;
            }
            case ROLE_GROUP -> {
                if (roleGroup == null || roleGroup == RoleGroup.STUDENTS) {
                    throw new InvalidRequestException("roleGroup", "conversation.roleGroup.required");
                }
                this.staffMember = null;
                this.roleGroup = roleGroup;
                this.gradeBand = null;
            }
            case STUDENTS -> {
                if (gradeBand == null) {
                    throw new InvalidRequestException("gradeBand", "conversation.gradeBand.required");
                }
                if (!GradeBand.of(visit.getSchool().getLevel()).contains(gradeBand)) {
                    throw new InvalidRequestException("gradeBand", "conversation.gradeBand.level");
                }
                this.staffMember = null;
                this.roleGroup = RoleGroup.STUDENTS;
                this.gradeBand = gradeBand;
            }
        }
        this.kind = kind;
        String mind = onTheirMind == null || onTheirMind.isBlank() ? null : onTheirMind.strip();
        List<ConversationAnswer> kept = answers == null ? List.of()
                : answers.stream().filter(a -> !a.getAnswer().isBlank()).toList();
        if (mind == null && kept.isEmpty()) {
            throw new InvalidRequestException("onTheirMind", "conversation.empty");
        }
        this.onTheirMind = mind;
        this.leadersOnly = leadersOnly;
        this.answers = new ArrayList<>(kept);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Visit getVisit() { return visit; }
    public ConversationKind getKind() { return kind; }
    public StaffMember getStaffMember() { return staffMember; }
    public RoleGroup getRoleGroup() { return roleGroup; }
    public GradeBand getGradeBand() { return gradeBand; }
    public String getOnTheirMind() { return onTheirMind; }
    public boolean isLeadersOnly() { return leadersOnly; }
    public List<ConversationAnswer> getAnswers() { return List.copyOf(answers); }
    public UserAccount getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Conversation other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return Conversation.class.hashCode();
    }
}
