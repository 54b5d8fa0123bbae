package org.roundtable.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roundtable.checkin.Attendance.Status;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.AccessPolicy;
import org.roundtable.security.Caller;
import org.roundtable.security.Guard;
import org.roundtable.account.UserAccount;

/**
 * Check-in series and their occurrences: starting, pausing, handing over, generating ahead, moving and skipping
 * one occurrence, the shared agenda with carry-over when a check-in is held, shared notes, action items and
 * private notes. District leaders start series; the two participants write to a check-in; any district leader
 * reads the shared content; a principal reads only their own series. A private note is returned to its author
 * and to nobody else, whatever their role.
 */
@ApplicationScoped
@Transactional
public class CheckIns {

    /** How far ahead occurrences exist: eight weeks, four check-ins. */
    public static final int HORIZON_DAYS = 56;

    private static final String SERIES_ROW = """
            select new org.roundtable.checkin.SeriesRow(s.id, sc.id, sc.name, p.id, p.displayName, l.id, l.displayName,
                s.dayOfWeek, s.timeOfDay, s.status, s.version)
            from CheckInSeries s join s.school sc join s.principal p join s.leader l
            """;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    org.roundtable.security.ConfidentialReads reads;

    @Inject
    AuditLog audit;

    @Inject
    org.roundtable.observation.Observations observations;

    Clock clock = Clock.systemDefaultZone();

    /** Starts a series and generates its first occurrences. One series per principal. */
    public long startSeries(@NotNull @Valid SeriesDraft draft) {
        Caller caller = guard.requireDistrictLeader("series", null);
        UserAccount principal = em.find(UserAccount.class, draft.principalId());
        if (principal == null) {
            throw new InvalidRequestException("principalId", "series.principal.required");
        }
        // One series per principal, active or paused: a paused one is resumed or handed over, never doubled.
        long existing = em.createQuery("select count(s) from CheckInSeries s where s.principal = :p", Long.class)
                .setParameter("p", principal).getSingleResult();
        if (existing > 0) {
            throw new InvalidRequestException("principalId", "series.exists");
        }
        CheckInSeries s = new CheckInSeries(principal, em.find(UserAccount.class, draft.leaderId()), draft.dayOfWeek(),
                draft.timeOfDay(), draft.durationMinutes(), draft.startsOn(), now());
        em.persist(s);
        generate(s);
        em.flush();
        audit.record(caller.username(), Action.SERIES_SAVED, "series", s.getId(), "started");
        return s.getId();
    }

    /**
     * Pauses a series: no new check-ins, no reminders, and the calendars show none beyond today. Nothing is removed:
     * the check-ins already planned keep their agendas and everyone's notes (so no outcome depends on what anyone
     * wrote privately), and those whose day passes during the pause count as skipped when it resumes.
     */
    public void pause(long seriesId, long expectedVersion) {
        Caller caller = guard.requireDistrictLeader("series", seriesId);
        CheckInSeries s = series(seriesId, expectedVersion);
        s.pause();
        // Resuming generates again from the day it resumes.
        s.generatedThrough(LocalDate.now(clock).minusDays(1));
        em.flush();
        audit.record(caller.username(), Action.SERIES_SAVED, "series", seriesId, "paused");
    }

    /** Resumes a paused series from today on; the check-ins whose day passed while it was paused are skipped. */
    public void resume(long seriesId, long expectedVersion) {
        Caller caller = guard.requireDistrictLeader("series", seriesId);
        CheckInSeries s = series(seriesId, expectedVersion);
        s.resume();
        em.createQuery("update CheckIn c set c.status = :skipped, c.version = c.version + 1"
                        + " where c.series = :s and c.status = :scheduled and c.startsAt < :today")
                .setParameter("skipped", Status.SKIPPED).setParameter("s", s).setParameter("scheduled", Status.SCHEDULED)
                .setParameter("today", LocalDate.now(clock).atStartOfDay()).executeUpdate();
        generate(s);
        em.flush();
        audit.record(caller.username(), Action.SERIES_SAVED, "series", seriesId, "resumed");
    }

    /** Hands a series to another district leader; the principal and the history stay with the series. */
    public void handOver(long seriesId, long expectedVersion, long newLeaderId) {
        Caller caller = guard.requireDistrictLeader("series", seriesId);
        CheckInSeries s = series(seriesId, expectedVersion);
        UserAccount to = em.find(UserAccount.class, newLeaderId);
        s.handOver(to);
        em.createQuery("select c from CheckIn c where c.series = :s and c.status = :scheduled and c.startsAt > :now",
                        CheckIn.class)
                .setParameter("s", s).setParameter("scheduled", Status.SCHEDULED).setParameter("now", now())
                .getResultList()
                .forEach(c -> c.leadBy(to));
        em.flush();
        audit.record(caller.username(), Action.SERIES_SAVED, "series", seriesId, "handed over to " + to.getUsername());
    }

    /**
     * Creates the missing occurrences of every active series up to the horizon (the daily timer calls this;
     * idempotent: a slot has one occurrence at most). Returns how many were created.
     */
    public int generateAhead() {
        int created = 0;
        // Only the series whose horizon has moved on since they were last generated: usually none between days.
        for (CheckInSeries s : em.createQuery("""
                        select s from CheckInSeries s where s.status = :active
                          and (s.generatedThrough is null or s.generatedThrough < :horizon)""", CheckInSeries.class)
                .setParameter("active", SeriesStatus.ACTIVE)
                .setParameter("horizon", LocalDate.now(clock).plusDays(HORIZON_DAYS)).getResultList()) {
            created += generate(s);
        }
        return created;
    }

    /** Moves one occurrence; it may not overlap another check-in of the same principal or leader. */
    public void move(long checkInId, long expectedVersion,
            @NotNull(message = "{checkIn.start.required}") LocalDateTime startsAt) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, expectedVersion);
        c.moveTo(startsAt, now());
        if (overlaps(c)) {
            throw new InvalidRequestException("startsAt", "checkIn.overlap");
        }
        // Reminders already sent named the old time: the next sweep sends them again with the new one.
        em.createQuery("delete from ReminderSent r where r.key.checkInId = :id").setParameter("id", checkInId).executeUpdate();
        em.flush();
        audit.record(caller.username(), Action.CHECK_IN_SAVED, "checkIn", checkInId, "moved to " + startsAt);
    }

    /** Skips one occurrence (a holiday, a conflict); the series goes on. */
    public void skip(long checkInId, long expectedVersion) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        participantsCheckIn(caller, checkInId, expectedVersion).skip();
        em.flush();
        audit.record(caller.username(), Action.CHECK_IN_SAVED, "checkIn", checkInId, "skipped");
    }

    /**
     * Marks a check-in held. Talking points not discussed carry over to the series' next scheduled check-in, marked
     * with when they were raised and how often they have been carried.
     *
     * @return the next check-in's id, or empty when the series has none scheduled
     */
    public Optional<Long> hold(long checkInId, long expectedVersion) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, expectedVersion);
        c.hold(now(), Instant.now(clock));
        return carryOver(caller, c, "held");
    }

    /**
     * Marks held a check-in that has not started yet because the two met earlier: it moves to now and is held,
     * with the same carry-over as {@link #hold}.
     */
    public Optional<Long> holdNow(long checkInId, long expectedVersion) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, expectedVersion);
        c.holdEarly(now(), Instant.now(clock));
        return carryOver(caller, c, "held early, moved to " + c.getStartsAt());
    }

    private Optional<Long> carryOver(Caller caller, CheckIn c, String what) {
        long checkInId = c.getId();
        Optional<CheckIn> next = nextAfter(c);
        next.ifPresent(n -> {
            int position = nextPosition(n);
            for (TalkingPoint p : points(c)) {
                if (!p.isDiscussed()) {
                    em.persist(p.carriedTo(n, position++));
                }
            }
        });
        em.flush();
        audit.record(caller.username(), Action.CHECK_IN_SAVED, "checkIn", checkInId, what);
        return next.map(CheckIn::getId);
    }

    /** One check-in's shared content: points in order and the series' open action items. Four statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckInView find(long checkInId) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = readable(caller, checkInId);
        CheckInSeries s = c.getSeries();
        boolean participant = isParticipant(caller, c);
        List<PointView> points = em.createQuery("""
                select new org.roundtable.checkin.PointView(t.id, t.text, a.id, a.displayName, t.position, t.discussed,
                    t.raisedOn, t.carryCount, t.version)
                from TalkingPoint t join t.author a where t.checkIn = :c order by t.position, t.id""", PointView.class)
                .setParameter("c", c).getResultList();
        return new CheckInView(c.getId(), s.getId(), s.getSchool().getId(), s.getSchool().getName(),
                s.getPrincipal().getId(), s.getPrincipal().getDisplayName(), c.getLeader().getId(),
                c.getLeader().getDisplayName(), c.getSlotOn(), c.getStartsAt(), c.getDurationMinutes(), c.getStatus(),
                c.isMissed(now()), c.getSharedNotes(), c.getVersion(), participant, points, openActions(s.getId()));
    }

    /**
     * The series the caller takes part in (a leader's or a principal's), each with its next check-in: the soonest
     * first, series with none (paused) last, then by school.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesRow> mySeries() {
        Caller caller = guard.requireLeader("series", null);
        List<SeriesRow> rows = em.createQuery(SERIES_ROW + " where p.id = :me or l.id = :me order by sc.name, p.displayName, s.id",
                        SeriesRow.class)
                .setParameter("me", caller.userId()).getResultList();
        // A stable sort: equal next check-ins keep the query's school order.
        return withNext(rows).stream()
                .sorted(java.util.Comparator.comparing(SeriesRow::nextStartsAt,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The caller's next check-ins, one per series, the soonest first: the first rows of {@link #mySeries()} that
     * have a next check-in, in one statement (the home page's), from the index on (series, start).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesRow> myNextCheckIns(@Min(1) @Max(50) int count) {
        Caller caller = guard.requireLeader("series", null);
        return em.createQuery("""
                select new org.roundtable.checkin.SeriesRow(s.id, sc.id, sc.name, p.id, p.displayName, l.id, l.displayName,
                    s.dayOfWeek, s.timeOfDay, s.status, s.version, c.id, c.startsAt)
                from CheckIn c join c.series s join s.school sc join s.principal p join s.leader l
                where (p.id = :me or l.id = :me) and c.status = :scheduled and c.startsAt = (select min(n.startsAt)
                    from CheckIn n where n.series = s and n.status = :scheduled and n.startsAt >= :today)
                order by c.startsAt, sc.name, p.displayName, s.id, c.id""", SeriesRow.class)
                .setParameter("me", caller.userId())
                // Today's check-in stays "next" all day, even once its hour has passed and until it is held.
                .setParameter("scheduled", Status.SCHEDULED).setParameter("today", LocalDate.now(clock).atStartOfDay())
                .setMaxResults(count).getResultList();
    }

    /** The occurrences of a series, in order (its participants and district leaders). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OccurrenceRow> occurrences(long seriesId) {
        Caller caller = guard.requireLeader("series", seriesId);
        CheckInSeries s = em.find(CheckInSeries.class, seriesId);
        if (s == null || !AccessPolicy.readsCheckIn(caller, s.getPrincipal().getId())) {
            throw guard.notFound(caller, "series", seriesId, s == null ? "no such series" : "another principal's series");
        }
        return em.createQuery("select new org.roundtable.checkin.OccurrenceRow(c.id, c.slotOn, c.startsAt, c.status,"
                        + " l.displayName) from CheckIn c join c.leader l where c.series = :s order by c.startsAt, c.id",
                        OccurrenceRow.class)
                .setParameter("s", s).getResultList();
    }

    /** Every series in the district (district leaders). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesRow> allSeries() {
        guard.requireDistrictLeader("series", null);
        return withNext(em.createQuery(SERIES_ROW + " order by sc.name, p.displayName, s.id", SeriesRow.class).getResultList());
    }

    /** Adds a talking point at the end of the agenda (either participant, before or during the check-in). */
    public long addPoint(long checkInId, @NotBlank(message = "{point.text.required}")
            @Size(max = TalkingPoint.MAX_TEXT, message = "{point.text.size}") String text) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, null);
        if (c.getStatus() == Status.SKIPPED) {
            throw new InvalidRequestException("text", "checkIn.notScheduled");
        }
        TalkingPoint p = new TalkingPoint(c, em.getReference(UserAccount.class, caller.userId()), text, nextPosition(c));
        em.persist(p);
        em.flush();
        return p.getId();
    }

    /** Moves a talking point one place up (-1) or down (+1). */
    public void movePoint(long pointId, int direction) {
        Caller caller = guard.requireLeader("point", pointId);
        TalkingPoint p = point(caller, pointId);
        List<TalkingPoint> all = new ArrayList<>(points(p.getCheckIn()));
        int at = all.indexOf(p);
        int to = at + Integer.signum(direction);
        if (at < 0 || to < 0 || to >= all.size()) {
            return;
        }
        all.remove(at);
        all.add(to, p);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i);
        }
        em.flush();
    }

    /** Rewords a talking point: its author, before it is discussed. */
    public void editPoint(long pointId, long expectedVersion, @NotBlank(message = "{point.text.required}")
            @Size(max = TalkingPoint.MAX_TEXT, message = "{point.text.size}") String text) {
        Caller caller = guard.requireLeader("point", pointId);
        TalkingPoint p = ownPoint(caller, pointId, expectedVersion);
        p.reword(text);
        em.flush();
        audit.record(caller.username(), Action.CHECK_IN_SAVED, "point", pointId, "reworded");
    }

    /** Takes a talking point off the agenda: its author, before it is discussed. */
    public void removePoint(long pointId, long expectedVersion) {
        Caller caller = guard.requireLeader("point", pointId);
        TalkingPoint p = ownPoint(caller, pointId, expectedVersion);
        em.remove(p);
        em.flush();
        audit.record(caller.username(), Action.CHECK_IN_SAVED, "point", pointId, "removed by its author");
    }

    private TalkingPoint ownPoint(Caller caller, long pointId, long expectedVersion) {
        TalkingPoint p = point(caller, pointId);
        if (p.getAuthor().getId().longValue() != caller.userId()) {
            throw guard.denied(caller, "point", pointId, "only its author changes a talking point");
        }
        if (p.getCheckIn().getStatus() != Status.SCHEDULED) {
            throw new InvalidRequestException("text", "checkIn.notScheduled");
        }
        if (p.isDiscussed()) {
            throw new InvalidRequestException("text", "point.discussed");
        }
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("point.conflict");
        }
        return p;
    }

    public void markDiscussed(long pointId, long expectedVersion, boolean discussed) {
        Caller caller = guard.requireLeader("point", pointId);
        TalkingPoint p = point(caller, pointId);
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("point.conflict");
        }
        p.markDiscussed(discussed);
        em.flush();
    }

    /** Saves the shared notes; a save over someone else's newer version is refused, never merged silently. */
    public void writeSharedNotes(long checkInId, long expectedVersion,
            @Size(max = CheckIn.MAX_NOTES, message = "{checkIn.notes.size}") String text) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        participantsCheckIn(caller, checkInId, expectedVersion).writeSharedNotes(text);
        em.flush();
        audit.record(caller.username(), Action.CHECK_IN_SAVED, "checkIn", checkInId, "shared notes");
    }

    /** Agrees an action item; its owner is one of the two participants. */
    public long addAction(long checkInId, @NotNull(message = "{action.owner.required}") Long ownerId,
            @NotBlank(message = "{action.text.required}") @Size(max = ActionItem.MAX_TEXT, message = "{action.text.size}") String text,
            LocalDate dueOn) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, null);
        ActionItem a = new ActionItem(c, em.find(UserAccount.class, ownerId), text, dueOn);
        em.persist(a);
        em.flush();
        return a.getId();
    }

    public void completeAction(long actionId, long expectedVersion, boolean done) {
        Caller caller = guard.requireLeader("action", actionId);
        ActionItem a = em.find(ActionItem.class, actionId);
        if (a == null) {
            throw guard.notFound(caller, "action", actionId, "no such action item");
        }
        participantsCheckIn(caller, a.getCheckIn().getId(), null);
        if (a.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("action.conflict");
        }
        if (done) {
            a.done(LocalDate.now(clock));
        } else {
            a.reopen();
        }
        em.flush();
    }

    /**
     * Records an observation from a check-in's notes, linked to the check-in, for the series' school (either
     * participant; the text is what they choose to share, never a private note by itself).
     */
    public long observe(long checkInId, @NotNull @Valid org.roundtable.observation.ObservationDraft draft) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, null);
        if (!c.getSeries().getSchool().getId().equals(draft.schoolId())) {
            throw new InvalidRequestException("schoolId", "checkIn.observation.school");
        }
        return observations.record(draft, org.roundtable.observation.SourceType.CHECK_IN, checkInId);
    }

    /** The caller's own private note on a check-in, if they wrote one. Nobody else's is ever returned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PrivateNoteView> myPrivateNote(long checkInId) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        readable(caller, checkInId);
        // Only the caller's own note is ever selected (PRODUCT.md rule 2); each read of it is audited (rule 5).
        Optional<PrivateNoteView> note = em.createQuery("""
                select new org.roundtable.checkin.PrivateNoteView(n.id, n.text, n.updatedAt, n.version)
                from PrivateNote n where n.checkIn.id = :c and n.author.id = :me
                  and n.confidentiality.deletedAt is null""", PrivateNoteView.class)
                .setParameter("c", checkInId).setParameter("me", caller.userId())
                .getResultStream().findFirst();
        note.ifPresent(n -> reads.read(caller, "privateNote", n.id(), "own private note on check-in " + checkInId));
        return note;
    }

    /** Deletes the caller's own private note (softly: hidden from every page, kept, audited). */
    public void deletePrivateNote(long checkInId, long expectedVersion) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, null);
        PrivateNote mine = em.createQuery(
                        "select n from PrivateNote n where n.checkIn = :c and n.author.id = :me", PrivateNote.class)
                .setParameter("c", c).setParameter("me", caller.userId()).getResultStream().findFirst()
                .filter(n -> !n.isDeleted())
                .orElseThrow(() -> new InvalidRequestException(null, "record.deleted"));
        if (mine.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("privateNote.conflict");
        }
        mine.delete(caller.userId(), Instant.now(clock));
        em.flush();
        audit.record(caller.username(), Action.CHECK_IN_SAVED, "privateNote", mine.getId(), "deleted by its author (kept)");
    }

    /**
     * Writes the caller's private note on a check-in they take part in.
     *
     * @param expectedVersion the version the form was opened with, or null for a first note
     * @return the note's new version, for the form to carry
     */
    public long writePrivateNote(long checkInId, Long expectedVersion,
            @Size(max = PrivateNote.MAX_TEXT, message = "{privateNote.text.size}") String text) {
        Caller caller = guard.requireLeader("checkIn", checkInId);
        CheckIn c = participantsCheckIn(caller, checkInId, null);
        Optional<PrivateNote> mine = em.createQuery(
                        "select n from PrivateNote n where n.checkIn = :c and n.author.id = :me", PrivateNote.class)
                .setParameter("c", c).setParameter("me", caller.userId()).getResultStream().findFirst();
        if (mine.isPresent()) {
            boolean deleted = mine.get().isDeleted();
            // A deleted note is written again from an empty form; otherwise the form must be the latest version.
            if (!deleted && (expectedVersion == null || mine.get().getVersion() != expectedVersion)) {
                throw new ConcurrentEditException("privateNote.conflict");
            }
            mine.get().rewrite(text);
            em.flush();
            return mine.get().getVersion();
        } else {
            if (expectedVersion != null) {
                throw new ConcurrentEditException("privateNote.conflict");
            }
            PrivateNote note = new PrivateNote(c, em.getReference(UserAccount.class, caller.userId()), text);
            em.persist(note);
            em.flush();
            return note.getVersion();
        }
    }

    /** Series of the caller (as leader) whose last two due check-ins were both missed (the home page flag). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesRow> missedTwiceInARow() {
        return missedTwiceInARow(false);
    }

    /**
     * Active series whose last two due check-ins were both missed: the caller's own (as leader), or every leader's
     * (the trends' operational signals).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesRow> missedTwiceInARow(boolean everyLeader) {
        Caller caller = guard.requireDistrictLeader("series", null);
        TypedQuery<SeriesRow> q = em.createQuery(SERIES_ROW + " where s.status = :active"
                + (everyLeader ? "" : " and l.id = :me") + " order by sc.name", SeriesRow.class)
                .setParameter("active", SeriesStatus.ACTIVE);
        List<SeriesRow> mine = (everyLeader ? q : q.setParameter("me", caller.userId())).getResultList();
        if (mine.isEmpty()) {
            return mine;
        }
        java.util.Map<Long, List<Status>> past = new java.util.HashMap<>();
        em.createQuery("""
                select c.series.id, c.status from CheckIn c
                where c.series.id in :ids and c.startsAt < :today order by c.series.id, c.startsAt""", Object[].class)
                .setParameter("ids", mine.stream().map(SeriesRow::id).toList())
                .setParameter("today", now().toLocalDate().atStartOfDay())
                .getResultList()
                .forEach(r -> past.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((Status) r[1]));
        return mine.stream().filter(r -> Attendance.twoMissedInARow(past.getOrDefault(r.id(), List.of()))).toList();
    }

    /** A talking point carried so often it is stuck, at the check-in it now waits for. */
    public record StuckPoint(long checkInId, String schoolName, String principalName, String text, int carried)
            implements java.io.Serializable {
    }

    /**
     * The talking points carried {@value Agenda#STUCK_AFTER} times or more and still waiting, at upcoming check-ins of
     * active series, most carried first (district leaders; the trends' operational signals).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StuckPoint> stuckTalkingPoints(@Min(1) @Max(100) int limit) {
        guard.requireDistrictLeader("series", null);
        return em.createQuery("""
                select new org.roundtable.checkin.CheckIns$StuckPoint(c.id, sc.name, p.displayName, t.text, t.carryCount)
                from TalkingPoint t join t.checkIn c join c.series s join s.school sc join s.principal p
                where t.carryCount >= :stuck and t.discussed = false and c.status = :scheduled and c.startsAt >= :now
                  and s.status = :active
                order by t.carryCount desc, c.startsAt, t.id""", StuckPoint.class)
                .setParameter("stuck", Agenda.STUCK_AFTER).setParameter("scheduled", Status.SCHEDULED)
                .setParameter("now", now()).setParameter("active", SeriesStatus.ACTIVE)
                .setMaxResults(limit).getResultList();
    }

    private int generate(CheckInSeries s) {
        LocalDate today = LocalDate.now(clock);
        LocalDate through = today.plusDays(HORIZON_DAYS);
        LocalDate from = s.getGeneratedThrough() == null ? s.getFirstOn()
                : s.getGeneratedThrough().plusDays(1).isBefore(today) ? today : s.getGeneratedThrough().plusDays(1);
        if (s.getId() != null) {
            em.flush();
        }
        List<LocalDate> existing = s.getId() == null ? List.of() : em.createQuery(
                        "select c.slotOn from CheckIn c where c.series = :s and c.slotOn >= :from", LocalDate.class)
                .setParameter("s", s).setParameter("from", from).getResultList();
        int created = 0;
        for (LocalDate slot : Biweekly.slots(s.getFirstOn(), from, through)) {
            if (!existing.contains(slot) && !slot.atTime(s.getTimeOfDay()).isBefore(now())) {
                em.persist(new CheckIn(s, slot));
                created++;
            }
        }
        s.generatedThrough(through);
        return created;
    }

    private boolean overlaps(CheckIn c) {
        LocalDateTime start = c.getStartsAt();
        LocalDateTime end = start.plusMinutes(c.getDurationMinutes());
        return em.createQuery("""
                select o from CheckIn o join o.series s
                where o <> :c and o.status = :scheduled and (s.principal = :p or o.leader = :l)
                  and o.startsAt < :end and o.startsAt >= :earliest""", CheckIn.class)
                .setParameter("c", c).setParameter("scheduled", Status.SCHEDULED)
                .setParameter("p", c.getSeries().getPrincipal()).setParameter("l", c.getLeader())
                .setParameter("end", end).setParameter("earliest", start.minusMinutes(CheckInSeries.MAX_MINUTES))
                .getResultStream()
                .anyMatch(o -> o.getStartsAt().plusMinutes(o.getDurationMinutes()).isAfter(start));
    }

    private Optional<CheckIn> nextAfter(CheckIn c) {
        return em.createQuery("""
                select n from CheckIn n where n.series = :s and n.status = :scheduled and n.startsAt > :after
                order by n.startsAt""", CheckIn.class)
                .setParameter("s", c.getSeries()).setParameter("scheduled", Status.SCHEDULED)
                .setParameter("after", c.getStartsAt())
                .setMaxResults(1).getResultStream().findFirst();
    }

    private List<TalkingPoint> points(CheckIn c) {
        return em.createQuery("select t from TalkingPoint t where t.checkIn = :c order by t.position, t.id", TalkingPoint.class)
                .setParameter("c", c).getResultList();
    }

    private int nextPosition(CheckIn c) {
        Integer max = em.createQuery("select max(t.position) from TalkingPoint t where t.checkIn = :c", Integer.class)
                .setParameter("c", c).getSingleResult();
        return max == null ? 0 : max + 1;
    }

    private List<ActionView> openActions(long seriesId) {
        return em.createQuery("""
                select new org.roundtable.checkin.ActionView(a.id, a.text, o.id, o.displayName, a.dueOn, a.status,
                    c.slotOn, a.version)
                from ActionItem a join a.owner o join a.checkIn c
                where a.series.id = :s and a.status = :open order by a.dueOn nulls last, a.id""", ActionView.class)
                .setParameter("s", seriesId).setParameter("open", ActionItem.Status.OPEN).getResultList();
    }

    private List<SeriesRow> withNext(List<SeriesRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        java.util.Map<Long, Object[]> next = new java.util.HashMap<>();
        em.createQuery("""
                select c.series.id, c.id, c.startsAt from CheckIn c
                where c.series.id in :ids and c.status = :scheduled and c.startsAt >= :now
                order by c.startsAt desc""", Object[].class)
                .setParameter("ids", rows.stream().map(SeriesRow::id).toList())
                // Today's check-in stays "next" all day, even once its hour has passed and until it is held.
                .setParameter("scheduled", Status.SCHEDULED).setParameter("now", LocalDate.now(clock).atStartOfDay())
                .getResultList()
                .forEach(r -> next.put((Long) r[0], r));
        return rows.stream().map(r -> {
            Object[] n = next.get(r.id());
            return n == null ? r : r.withNext((Long) n[1], (LocalDateTime) n[2]);
        }).toList();
    }

    private CheckInSeries series(long id, long expectedVersion) {
        CheckInSeries s = em.find(CheckInSeries.class, id);
        if (s == null) {
            throw new InvalidRequestException(null, "series.gone");
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("series.conflict");
        }
        return s;
    }

    /** A check-in the caller may read: any district leader, or the series' principal. */
    private CheckIn readable(Caller caller, long checkInId) {
        // One statement for the check-in and what access and the view need (reads run without a transaction).
        CheckIn c = em.createQuery("select c from CheckIn c join fetch c.series s join fetch s.principal"
                        + " join fetch s.school join fetch s.leader join fetch c.leader where c.id = :id", CheckIn.class)
                .setParameter("id", checkInId).getResultStream().findFirst().orElse(null);
        if (c == null) {
            throw guard.notFound(caller, "checkIn", checkInId, "no such check-in");
        }
        if (!AccessPolicy.readsCheckIn(caller, c.getSeries().getPrincipal().getId())) {
            throw guard.notFound(caller, "checkIn", checkInId, "another principal's check-in");
        }
        return c;
    }

    /** A check-in the caller takes part in (its principal or its leader), at the expected version when given. */
    private CheckIn participantsCheckIn(Caller caller, long checkInId, Long expectedVersion) {
        CheckIn c = readable(caller, checkInId);
        if (!isParticipant(caller, c)) {
            throw guard.denied(caller, "checkIn", checkInId, "not a participant");
        }
        if (expectedVersion != null && c.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("checkIn.conflict");
        }
        return c;
    }

    private static boolean isParticipant(Caller caller, CheckIn c) {
        return AccessPolicy.takesPart(caller, c.getSeries().getPrincipal().getId(), c.getLeader().getId());
    }

    private TalkingPoint point(Caller caller, long pointId) {
        TalkingPoint p = em.find(TalkingPoint.class, pointId);
        if (p == null) {
            throw guard.notFound(caller, "point", pointId, "no such talking point");
        }
        participantsCheckIn(caller, p.getCheckIn().getId(), null);
        return p;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
