package org.roundtable.critical;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.account.UserAccount;
import org.roundtable.observation.ObservationDraft;
import org.roundtable.observation.Observations;
import org.roundtable.observation.SourceType;
import org.roundtable.observation.Tone;
import org.roundtable.people.People;
import org.roundtable.people.StaffMember;
import org.roundtable.people.StaffRow;
import org.roundtable.platform.Addenda;
import org.roundtable.platform.Addendum;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.platform.Page;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.ConfidentialReads;
import org.roundtable.security.Guard;
import org.roundtable.security.Restriction;

/**
 * Critical conversations: planning, preparing, writing up, the staff member's answer, sign-off, addenda,
 * follow-through, legal holds and soft delete — each checked against {@link AccessPolicy} here, whatever page or
 * address asked. Its author alone changes a record; its author and the superintendent read its content (every read
 * audited, {@code CONFIDENTIAL_READ}); the staff member's principal learns that it happened; nobody else learns
 * anything (not-found, audited). Every refused change is audited too ({@code CRITICAL_REFUSED}), with what was
 * refused, and leaves the record as it was.
 */
@ApplicationScoped
@Transactional
public class CriticalConversations {

    /** The record type of critical conversations in the audit log and the addenda. */
    public static final String RECORD = "criticalConversation";
    public static final int MAX_PAGE_SIZE = 100;
    /** What an observation taken from a conversation says: never the conversation's words. */
    public static final String OBSERVATION_TEXT =
            "Noted in a critical conversation; what was said stays in its confidential record.";

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    ConfidentialReads reads;

    @Inject
    Addenda addenda;

    @Inject
    People people;

    @Inject
    Observations observations;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_CRITICAL_RETENTION_YEARS", defaultValue = "3")
    int retentionYears;

    Clock clock = Clock.systemDefaultZone();

    /** The retention policy in force (a wrong setting fails here, at start-up: see {@code CriticalTimer}). */
    public Retention retention() {
        return new Retention(retentionYears);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- planning --------------------------------------------------------------------------------------------

    /**
     * Plans a conversation with a staff member of a school the caller sees (a principal: their own school's staff;
     * district leaders: anyone's). The caller is its author.
     */
    public long plan(long staffId, LocalDate heldOn, Category category) {
        Caller caller = guard.requireLeader(RECORD, null);
        StaffRow staff = people.staffMember(staffId);
        if (!AccessPolicy.seesSchool(caller, staff.schoolId())) {
            throw guard.notFound(caller, "staff", staffId, "critical conversation with another school's staff");
        }
        if (!staff.active()) {
            throw refused(caller, null, "plan", new InvalidRequestException("staffId", "critical.staff.inactive"));
        }
        CriticalConversation c;
        try {
            c = new CriticalConversation(em.getReference(StaffMember.class, staffId),
                    em.getReference(UserAccount.class, caller.userId()), heldOn, category, today());
        } catch (InvalidRequestException e) {
            throw refused(caller, null, "plan", e);
        }
        em.persist(c);
        em.flush();
        audit.record(caller.username(), Action.CRITICAL_SAVED, RECORD, c.getId(), "planned (" + category + ")");
        return c.getId();
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /**
     * One conversation as the caller may see it: with its content for its author and the superintendent (the read
     * audited), as day, staff member, category and status for the staff member's principal; not-found (audited)
     * for anyone else, and for everyone once it is deleted.
     */
    public CriticalView find(long id) {
        Caller caller = guard.requireLeader(RECORD, id);
        CriticalConversation c = known(caller, id);
        if (!AccessPolicy.readsConfidential(caller, c.getAuthor().getId())) {
            return view(c, null);
        }
        reads.read(caller, RECORD, id, "read");
        return view(c, content(caller, c));
    }

    private CriticalView view(CriticalConversation c, CriticalView.Content content) {
        return new CriticalView(c.getId(), c.getVersion(), c.getStaffMember().getId(), c.getStaffMember().getFullName(),
                c.getSchool().getName(), c.getSchool().getId(), c.getHeldOn(), c.getCategory(), c.getStatus(), c.isSignedOff(),
                c.isRedacted(), c.getRedactedOn(), content);
    }

    private CriticalView.Content content(Caller caller, CriticalConversation c) {
        long authorId = c.getAuthor().getId();
        boolean mine = caller.userId() == authorId;
        List<CriticalRow> history = staffRows(caller, c.getStaffMember().getId());
        Map<Long, CriticalRow> byId = history.stream().collect(Collectors.toMap(CriticalRow::id, r -> r));
        List<CriticalRow> linked = c.getEarlierIds().stream().map(byId::get).filter(Objects::nonNull)
                .sorted(java.util.Comparator.comparing(CriticalRow::heldOn)).toList();
        long self = c.getId();
        List<CriticalRow> earlier = history.stream()
                .filter(r -> r.content() && r.id() != self && !r.heldOn().isAfter(c.getHeldOn()) && !r.redacted()).toList();
        List<CriticalRow> pattern = pattern(caller, c, byId);
        CriticalView.ResponseFileInfo file = em.createQuery("""
                select new org.roundtable.critical.CriticalView$ResponseFileInfo(f.fileName, f.sizeBytes, f.uploadedAt)
                from ResponseFile f where f.conversationId = :id""", CriticalView.ResponseFileInfo.class)
                .setParameter("id", c.getId()).getResultStream().findFirst().orElse(null);
        List<CriticalView.AddendumView> adds = addenda.of(RECORD, c.getId()).stream()
                .map(a -> new CriticalView.AddendumView(a.getAuthorName(), a.getCreatedAt(), a.getText())).toList();
        return new CriticalView.Content(authorId, c.getAuthor().getDisplayName(), mine,
                AccessPolicy.readsConfidentialAudit(caller), mine && c.isAnswerable(), c.getSignedOffAt(), c.getNature(),
                c.getWantForMe(), c.getWantForThem(), c.getWantForUs(), c.getOpening(), c.getExpectation(), c.getFacts(), linked,
                c.getSaid(), c.getTheirView(), c.getExpectationRestated(), c.getSupport(), c.getFollowUpOn(), c.getSteps(),
                c.getAcknowledgement(), c.getAcknowledgedOn(), c.getWitness(), c.getResponseText(), file, adds,
                c.getClosedOn(), c.getRemoveOn(), c.getHoldReason(), c.getHoldAt(), c.getObservationId(), pattern, earlier);
    }

    /** The conversations with the same staff member on the same expectation, when there are enough to say so. */
    private List<CriticalRow> pattern(Caller caller, CriticalConversation c, Map<Long, CriticalRow> readable) {
        List<Object[]> keyed = em.createQuery("""
                select c.id, c.heldOn, c.expectationKey from CriticalConversation c
                where c.staffMember.id = :staff and c.confidentiality.deletedAt is null""", Object[].class)
                .setParameter("staff", c.getStaffMember().getId()).getResultList();
        Map<Long, Set<Long>> links = new HashMap<>();
        em.createQuery("""
                select c.id, e from CriticalConversation c join c.earlierIds e
                where c.staffMember.id = :staff and c.confidentiality.deletedAt is null""", Object[].class)
                .setParameter("staff", c.getStaffMember().getId()).getResultList()
                .forEach(r -> links.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((Long) r[1]));
        // only what the caller reads takes part: a pattern never tells of a record the caller may not read
        List<Patterns.Item> items = keyed.stream()
                .filter(r -> readable.containsKey((Long) r[0]) && readable.get((Long) r[0]).content())
                .map(r -> new Patterns.Item((Long) r[0], (LocalDate) r[1], (String) r[2], links.get((Long) r[0]))).toList();
        List<Patterns.Item> same = Patterns.sameExpectation(c.getId(), items);
        return Patterns.isPlain(same) ? same.stream().map(i -> readable.get(i.id())).toList() : List.of();
    }

    /**
     * The conversations the caller learns of, newest first, one page: all of them for the superintendent, the
     * caller's own, and for a principal their school's (those as day, staff member, category and status only).
     *
     * @param nameContains part of the staff member's name, or null
     * @param status       one status, or null
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CriticalRow> list(@Size(max = 120) String nameContains, Status status, @Min(0) int first,
            @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        Caller caller = guard.requireLeader(RECORD, null);
        Restriction known = AccessPolicy.conversationsKnown(caller, "a.id", "sc.id");
        StringBuilder where = new StringBuilder(" where c.confidentiality.deletedAt is null").append(known.andClause());
        Map<String, Object> params = new HashMap<>();
        known.into(params);
        if (nameContains != null && !nameContains.isBlank()) {
            where.append(" and lower(m.fullName) like :name escape '!'");
            params.put("name", "%" + nameContains.strip().toLowerCase().replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        if (status != null) {
            where.append(" and c.status = :status");
            params.put("status", status);
        }
        TypedQuery<Object[]> rows = em.createQuery(ROW + where + " order by c.heldOn desc, c.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(c) from CriticalConversation c join c.staffMember m"
                + " join c.school sc join c.author a" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<CriticalRow> page = shown(caller, rows.setFirstResult(first).setMaxResults(pageSize).getResultList());
        return new Page<>(page, page.isEmpty() && first == 0 ? 0 : count.getSingleResult());
    }

    /** A row and its author's id: {@link #shown} keeps only the metadata of rows the caller may not read. */
    private static final String ROW = """
            select new org.roundtable.critical.CriticalRow(c.id, c.heldOn, m.id, m.fullName, sc.name, c.category, c.status,
                true, a.displayName, c.followUpOn, case when c.redactedOn is null then false else true end), a.id
            from CriticalConversation c join c.staffMember m join c.school sc join c.author a""";

    private static List<CriticalRow> shown(Caller caller, List<Object[]> found) {
        return found.stream().map(r -> {
            CriticalRow row = (CriticalRow) r[0];
            return AccessPolicy.readsConfidential(caller, (Long) r[1]) ? row : row.metadataOnly();
        }).toList();
    }

    /**
     * One staff member's conversations the caller learns of, newest first (their timeline), and the staff member. A
     * staff member of a school the caller does not see is not-found.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Timeline timeline(long staffId) {
        Caller caller = guard.requireLeader(RECORD, null);
        StaffRow staff = people.staffMember(staffId);
        if (!AccessPolicy.seesSchool(caller, staff.schoolId()) && !AccessPolicy.readsConfidentialAudit(caller)) {
            throw guard.notFound(caller, "staff", staffId, "timeline of another school's staff member");
        }
        return new Timeline(staff.id(), staff.fullName(), staff.schoolName(), staff.active(), staffRows(caller, staffId));
    }

    /** A staff member and the conversations with them the caller learns of, newest first. */
    public record Timeline(long staffId, String staffName, String schoolName, boolean active, List<CriticalRow> rows)
            implements java.io.Serializable {
    }

    private List<CriticalRow> staffRows(Caller caller, long staffId) {
        Restriction known = AccessPolicy.conversationsKnown(caller, "a.id", "sc.id");
        return shown(caller, known.bind(em.createQuery(ROW + " where m.id = :staff and c.confidentiality.deletedAt is null"
                        + known.andClause() + " order by c.heldOn desc, c.id desc", Object[].class))
                .setParameter("staff", staffId).setMaxResults(500).getResultList());
    }

    /** The caller's own conversations waiting for their follow-up, soonest first (their home page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CriticalRow> myFollowUps(@Min(1) @Max(MAX_PAGE_SIZE) int limit) {
        Caller caller = guard.requireSignedIn();
        if (!caller.isLeader()) {
            return List.of();
        }
        return shown(caller, em.createQuery(ROW + """
                 where a.id = :me and c.status = :followUp and c.confidentiality.deletedAt is null
                order by c.followUpOn, c.id""", Object[].class)
                .setParameter("me", caller.userId()).setParameter("followUp", Status.FOLLOW_UP)
                .setMaxResults(limit).getResultList());
    }

    // --- changing (the author alone) -----------------------------------------------------------------------------

    /** Moves the day or changes the category (until sign-off). */
    public long reschedule(long id, long expectedVersion, LocalDate heldOn, Category category) {
        return change(id, expectedVersion, "rescheduled", Lock.TEXT, (caller, c) -> c.reschedule(heldOn, category, today()));
    }

    /** Writes the preparation; earlier conversations linked must be the same staff member's, held before, readable. */
    public long prepare(long id, long expectedVersion, @NotNull Preparation preparation) {
        return change(id, expectedVersion, "preparation saved", Lock.TEXT, (caller, c) -> {
            for (Long earlier : preparation.earlierIds()) {
                CriticalConversation e = em.find(CriticalConversation.class, earlier);
                if (e == null || e.isDeleted() || !e.getStaffMember().getId().equals(c.getStaffMember().getId())
                        || e.getHeldOn().isAfter(c.getHeldOn())
                        || !AccessPolicy.readsConfidential(caller, e.getAuthor().getId())) {
                    throw new InvalidRequestException("earlierIds", "critical.pattern.notEarlier");
                }
            }
            c.prepare(preparation);
        });
    }

    /** The conversation took place (not before its day). */
    public long markHeld(long id, long expectedVersion) {
        return change(id, expectedVersion, "held", Lock.TEXT, (caller, c) -> c.markHeld(today()));
    }

    /** Writes the record of what was said and agreed. */
    public long write(long id, long expectedVersion, @NotNull Written written) {
        return change(id, expectedVersion, "record written", Lock.TEXT, (caller, c) -> c.write(written));
    }

    /** Records the staff member's acknowledgement (before sign-off, or once after it). */
    public long acknowledge(long id, long expectedVersion, @NotNull AcknowledgementDraft draft) {
        return change(id, expectedVersion, "acknowledgement recorded (" + draft.kind() + ")", Lock.AFTER_SIGN_OFF,
                (caller, c) -> c.acknowledge(draft, today()));
    }

    /**
     * Attaches the staff member's written response as a PDF (at most 5 MB; its bytes must be a PDF, whatever its
     * name says), replacing the one before while that may still change.
     */
    public long attachResponse(long id, long expectedVersion, String fileName, byte[] content) {
        return change(id, expectedVersion, "response file attached", Lock.AFTER_SIGN_OFF, (caller, c) -> {
            c.requireAnswerable();
            byte[] pdf = PdfCheck.require(content);
            ResponseFile existing = em.find(ResponseFile.class, id);
            if (existing != null && c.isSignedOff()) {
                throw new InvalidRequestException(null, "record.locked");
            }
            String name = PdfCheck.fileName(fileName);
            if (existing == null) {
                em.persist(new ResponseFile(id, name, pdf, Instant.now(clock)));
            } else {
                existing.replace(name, pdf, Instant.now(clock));
            }
        });
    }

    /** Signs the record off: read-only for good; it closes, or waits for its follow-up day. */
    public void signOff(long id, long expectedVersion) {
        Caller caller = guard.requireLeader(RECORD, id);
        changeAs(caller, id, expectedVersion, "sign off", Lock.TEXT,
                (who, c) -> c.signOff(who.userId(), Instant.now(clock), today(), retention()));
        audit.record(caller.username(), Action.CRITICAL_SIGNED_OFF, RECORD, id, "signed off");
    }

    /** The follow-up took place: the record closes and its retention starts. */
    public long close(long id, long expectedVersion) {
        return change(id, expectedVersion, "closed", Lock.AFTER_SIGN_OFF, (caller, c) -> c.close(today(), retention()));
    }

    /** Adds a dated addendum to a signed-off record (its author). */
    public long addAddendum(long id, long expectedVersion, String text) {
        return change(id, expectedVersion, "addendum added", Lock.AFTER_SIGN_OFF, (caller, c) -> {
            if (c.isRedacted()) {
                throw new InvalidRequestException(null, "critical.redacted");
            }
            UserAccount me = em.find(UserAccount.class, caller.userId());
            addenda.add(RECORD, id, c.getConfidentiality(), caller.userId(), me.getDisplayName(), text);
        });
    }

    /** Hides the record (kept in the database with who and when). */
    public void delete(long id, long expectedVersion) {
        Caller caller = guard.requireLeader(RECORD, id);
        changeAs(caller, id, expectedVersion, "delete", Lock.AFTER_SIGN_OFF,
                (who, c) -> c.delete(who.userId(), Instant.now(clock)));
        audit.record(caller.username(), Action.CRITICAL_DELETED, RECORD, id, "deleted by its author (kept)");
    }

    /**
     * Adds one observation to the trend counts at the staff member's school — its themes and tone, never the
     * conversation's words — if its author chooses to; once per conversation. A district leader's is kept from the
     * school's principal (as a leaders-only conversation's would be): it would tell who held it.
     */
    public long observe(long id, long expectedVersion, Set<Long> themeIds, Tone tone) {
        long[] made = new long[1];
        change(id, expectedVersion, "observation added to the trends", Lock.AFTER_SIGN_OFF, (caller, c) -> {
            if (c.getObservationId() != null) {
                throw new InvalidRequestException(null, "critical.observed.already");
            }
            if (c.getStatus() == Status.PLANNED) {
                throw new InvalidRequestException(null, "critical.notHeld");
            }
            LocalDate on = c.getHeldOn();
            made[0] = observations.record(new ObservationDraft(c.getSchool().getId(), on, c.getStaffMember().getRoleGroup(),
                    themeIds, tone, OBSERVATION_TEXT), SourceType.CRITICAL_CONVERSATION, c.getId(),
                    AccessPolicy.mayHandleLeadersOnly(caller));
            c.observed(made[0]);
        });
        return made[0];
    }

    // --- the superintendent ----------------------------------------------------------------------------------------

    /** Places a legal hold (with its reason): the content is kept past its removal day. */
    public void placeHold(long id, long expectedVersion, String reason) {
        Caller caller = requireSuperintendent(id);
        holding(caller, id, expectedVersion, "hold placed", c -> c.placeHold(reason, caller.userId(), Instant.now(clock)));
    }

    /** Releases the legal hold: the retention policy applies again (at once, when the removal day has passed). */
    public void releaseHold(long id, long expectedVersion) {
        Caller caller = requireSuperintendent(id);
        holding(caller, id, expectedVersion, "hold released", CriticalConversation::releaseHold);
    }

    private void holding(Caller caller, long id, long expectedVersion, String what,
            java.util.function.Consumer<CriticalConversation> act) {
        CriticalConversation c = known(caller, id);
        try {
            version(c, expectedVersion);
            act.accept(c);
            em.flush();
        } catch (InvalidRequestException | ConcurrentEditException e) {
            throw refused(caller, id, what, e);
        }
        audit.record(caller.username(), Action.CRITICAL_HOLD, RECORD, id, what);
    }

    private Caller requireSuperintendent(long id) {
        Caller caller = guard.requireLeader(RECORD, id);
        if (!AccessPolicy.readsConfidentialAudit(caller)) {
            known(caller, id); // not-found for those who do not even learn of it
            throw guard.denied(caller, RECORD, id, "legal holds are the superintendent's");
        }
        return caller;
    }

    // --- reads of content beyond the page: the response file, the export -------------------------------------

    /** The staff member's response file, for the record's readers (the read audited). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResponseFile responseFile(long id) {
        Caller caller = guard.requireLeader(RECORD, id);
        CriticalConversation c = readable(caller, id);
        ResponseFile f = em.find(ResponseFile.class, id);
        if (f == null) {
            throw new NotFoundException("response file " + id);
        }
        reads.read(caller, RECORD, id, "response file downloaded");
        return f;
    }

    /** The whole record as a PDF for a personnel file (its readers; the export audited as a read). */
    public byte[] exportPdf(long id, java.util.Locale locale) {
        Caller caller = guard.requireLeader(RECORD, id);
        CriticalConversation c = readable(caller, id);
        CriticalView v = view(c, content(caller, c));
        ResponseFile f = v.content().responseFile() == null ? null : em.find(ResponseFile.class, id);
        byte[] pdf = PersonnelFile.write(v, f == null ? null : f.getContent(), caller.displayName(), Instant.now(clock),
                clock.getZone(), locale);
        reads.read(caller, RECORD, id, "exported as PDF");
        return pdf;
    }

    /** The log of reads of critical conversations' content, newest first (the superintendent only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReadRow> readsLog(Long conversationId, @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        Caller caller = guard.requireLeader("confidentialAudit", null);
        if (!AccessPolicy.readsConfidentialAudit(caller)) {
            throw guard.denied(caller, "confidentialAudit", null, "the superintendent's log of confidential reads");
        }
        String where = " where e.action = :read and e.targetType = :type"
                + (conversationId == null ? "" : " and e.targetId = :target");
        TypedQuery<org.roundtable.platform.AuditEvent> q = em.createQuery("select e from AuditEvent e" + where
                + " order by e.occurredAt desc, e.id desc", org.roundtable.platform.AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        for (TypedQuery<?> query : List.of(q, count)) {
            query.setParameter("read", Action.CONFIDENTIAL_READ.name()).setParameter("type", RECORD);
            if (conversationId != null) {
                query.setParameter("target", String.valueOf(conversationId));
            }
        }
        List<org.roundtable.platform.AuditEvent> events = q.setFirstResult(first).setMaxResults(pageSize).getResultList();
        Map<Long, Object[]> records = new HashMap<>();
        List<Long> ids = events.stream().map(e -> parse(e.getTargetId())).filter(Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("""
                    select c.id, m.fullName, c.heldOn, c.category from CriticalConversation c join c.staffMember m
                    where c.id in :ids""", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> records.put((Long) r[0], r));
        }
        List<ReadRow> rows = new ArrayList<>();
        for (var e : events) {
            Object[] r = records.get(parse(e.getTargetId()));
            rows.add(new ReadRow(e.getOccurredAt(), e.getActor(), r == null ? null : (Long) r[0], r == null ? null : (String) r[1],
                    r == null ? null : (LocalDate) r[2], r == null ? null : (Category) r[3], e.getDetail()));
        }
        return new Page<>(rows, rows.isEmpty() && first == 0 ? 0 : count.getSingleResult());
    }

    /** One read of a conversation's content: when, who, which record, how (read, exported, file downloaded). */
    public record ReadRow(Instant at, String reader, Long conversationId, String staffName, LocalDate heldOn,
            Category category, String how) implements java.io.Serializable {
        /** When, in the district's local time. */
        public java.time.LocalDateTime atLocal() {
            return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.systemDefault());
        }
    }

    private static Long parse(String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // --- the mechanics ----------------------------------------------------------------------------------------------

    /** A change by the record's author, refused (and audited) when it may not be made. */
    private long change(long id, long expectedVersion, String what, Lock lock,
            java.util.function.BiConsumer<Caller, CriticalConversation> act) {
        Caller caller = guard.requireLeader(RECORD, id);
        long version = changeAs(caller, id, expectedVersion, what, lock, act);
        audit.record(caller.username(), Action.CRITICAL_SAVED, RECORD, id, what);
        return version;
    }

    /** @return the record's version after the change */
    private long changeAs(Caller caller, long id, long expectedVersion, String what, Lock lock,
            java.util.function.BiConsumer<Caller, CriticalConversation> act) {
        CriticalConversation c = known(caller, id);
        long authorId = c.getAuthor().getId();
        if (caller.userId() != authorId) {
            if (AccessPolicy.readsConfidential(caller, authorId)) {
                throw guard.denied(caller, RECORD, id, "only its author changes a critical conversation (" + what + ")");
            }
            throw guard.notFound(caller, RECORD, id, "change to a conversation the caller may not read (" + what + ")");
        }
        try {
            if (lock == Lock.TEXT && c.isSignedOff()) {
                throw new InvalidRequestException(null, "record.locked");
            }
            version(c, expectedVersion);
            act.accept(caller, c);
            c.touched(Instant.now(clock));
            em.flush();
        } catch (InvalidRequestException | ConcurrentEditException e) {
            throw refused(caller, id, what, e);
        }
        return c.getVersion();
    }

    /**
     * What a change touches, so that a signed-off record says so before anything else (a replayed form carries an
     * old version too): its text, never changed after sign-off; or what a signed-off record still takes (closing its
     * follow-up, addenda, the staff member's first answer, an observation, deleting it), which the record itself
     * checks further.
     */
    private enum Lock { TEXT, AFTER_SIGN_OFF }

    private static void version(CriticalConversation c, long expectedVersion) {
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("critical.conflict");
        }
    }

    private <E extends RuntimeException> E refused(Caller caller, Long id, String what, E e) {
        audit.record(caller.username(), Action.CRITICAL_REFUSED, RECORD, id, what + ": " + e.getMessage());
        return e;
    }

    /** A conversation the caller learns of (reads, or is the staff member's principal); not-found otherwise. */
    private CriticalConversation known(Caller caller, long id) {
        CriticalConversation c = em.find(CriticalConversation.class, id);
        if (c == null || c.isDeleted()) {
            throw guard.notFound(caller, RECORD, id, c == null ? "no such conversation" : "deleted conversation");
        }
        if (!AccessPolicy.seesConversationHappened(caller, c.getAuthor().getId(), c.getSchool().getId())) {
            throw guard.notFound(caller, RECORD, id, "confidential: neither its author, the superintendent nor the school's principal");
        }
        return c;
    }

    /** A conversation whose content the caller reads; not-found (audited) for anyone else. */
    private CriticalConversation readable(Caller caller, long id) {
        CriticalConversation c = known(caller, id);
        if (!AccessPolicy.readsConfidential(caller, c.getAuthor().getId())) {
            throw guard.notFound(caller, RECORD, id, "content of a confidential conversation (the principal sees that it happened)");
        }
        return c;
    }
}
