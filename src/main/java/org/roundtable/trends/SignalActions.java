package org.roundtable.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.ConcurrentEditException;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.platform.NotFoundException;
import org.roundtable.rounding.ConcernDraft;
import org.roundtable.rounding.FollowUpRow;
import org.roundtable.rounding.FollowUps;
import org.roundtable.security.Caller;
import org.roundtable.security.Guard;

/**
 * Acting on emerging problems, so the list stays short and honest: district leaders acknowledge a signal with a note
 * (it leaves the list until it gets worse), snooze it until a day (it returns by itself), reopen it, or open a
 * follow-up from it that links back. Every action is kept in the signal's history and audited. A principal reads
 * their school's signals and where they stand, not the history.
 */
@ApplicationScoped
@Transactional
public class SignalActions {

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Trends trends;

    @Inject
    FollowUps followUps;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemDefaultZone();

    /** The signals the caller sees, split into those on the list and those set aside (one more statement). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignalBoard board() {
        List<SignalView> live = trends.signals();
        Map<String, SignalState> states = states(live.stream().map(SignalView::key).toList());
        LocalDate today = LocalDate.now(clock);
        List<SignalEntry> open = new ArrayList<>();
        List<SignalEntry> aside = new ArrayList<>();
        for (SignalView s : live) {
            SignalEntry e = entry(s, states.get(s.key()));
            (states.containsKey(s.key()) && states.get(s.key()).isSetAside(s.observed(), today) ? aside : open).add(e);
        }
        return new SignalBoard(List.copyOf(open), List.copyOf(aside));
    }

    /**
     * One signal's page by its identity. A principal may open their own school's only (another's is not found, and
     * audited); the history and follow-ups are for district leaders.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SignalDetail detail(@NotNull String rule, Long schoolId, long themeId) {
        Caller caller = guard.requireLeader("signal", schoolId);
        requireRule(rule);
        String schoolName = null;
        if (schoolId != null) {
            schoolName = trends.requireSchool(schoolId).name();
        } else if (!caller.isDistrictLeader()) {
            throw guard.notFound(caller, "signal", null, "a district-wide signal");
        }
        String themeName = trends.requireTheme(themeId).name();
        String key = SignalState.keyOf(rule, schoolId, themeId);
        SignalView live = trends.signals().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        SignalState state = states(List.of(key)).get(key);
        List<SignalDetail.Event> history = List.of();
        List<FollowUpRow> opened = List.of();
        if (state != null && caller.isDistrictLeader()) {
            history = em.createQuery("""
                    select new org.roundtable.trends.SignalDetail$Event(e.action, e.actorName, e.at, e.observed, e.until, e.note)
                    from SignalEvent e where e.signal.id = :s order by e.at desc, e.id desc""", SignalDetail.Event.class)
                    .setParameter("s", state.getId()).getResultList();
            opened = followUps.ofSignal(state.getId());
        }
        return new SignalDetail(rule, schoolId, schoolName, themeId, themeName, entry(live, state), history, opened);
    }

    /** Acknowledges a signal at its current count with a note of what was done. */
    public void acknowledge(@NotNull String rule, Long schoolId, long themeId, Long expectedVersion, String note) {
        Caller caller = guard.requireDistrictLeader("signal", schoolId);
        SignalView live = live(rule, schoolId, themeId);
        SignalState state = state(live, expectedVersion);
        em.persist(state.acknowledge(caller.userId(), caller.displayName(), note, live.observed(), Instant.now(clock)));
        done(caller, state, "acknowledged at " + live.observed());
    }

    /** Snoozes a signal until a day after today. */
    public void snooze(@NotNull String rule, Long schoolId, long themeId, Long expectedVersion, LocalDate until, String note) {
        Caller caller = guard.requireDistrictLeader("signal", schoolId);
        SignalView live = live(rule, schoolId, themeId);
        SignalState state = state(live, expectedVersion);
        em.persist(state.snooze(caller.userId(), caller.displayName(), until, note, live.observed(), LocalDate.now(clock),
                Instant.now(clock)));
        done(caller, state, "snoozed until " + until);
    }

    /** Puts an acknowledged or snoozed signal back on the list. */
    public void reopen(@NotNull String rule, Long schoolId, long themeId, long expectedVersion) {
        Caller caller = guard.requireDistrictLeader("signal", schoolId);
        requireRule(rule);
        String key = SignalState.keyOf(rule, schoolId, themeId);
        SignalState state = states(List.of(key)).get(key);
        if (state == null) {
            throw new NotFoundException("signal " + key);
        }
        checkVersion(state, expectedVersion);
        SignalView live = trends.signals().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
        em.persist(state.reopen(caller.userId(), caller.displayName(), live == null ? null : live.observed(), Instant.now(clock)));
        done(caller, state, "reopened");
    }

    /** Opens a follow-up at the signal's school, linked back to the signal, and notes it in the history. */
    public long openFollowUp(@NotNull String rule, long schoolId, long themeId, Long expectedVersion,
            @NotNull @Valid ConcernDraft draft) {
        Caller caller = guard.requireDistrictLeader("signal", schoolId);
        SignalView live = live(rule, schoolId, themeId);
        SignalState state = state(live, expectedVersion);
        if (draft.dueOn() != null && draft.dueOn().isBefore(LocalDate.now(clock))) {
            throw new InvalidRequestException("dueOn", "trends.followUp.due.past");
        }
        long id = followUps.raiseFromSignal(schoolId, state.getId(), draft);
        em.persist(state.followedUp(caller.userId(), caller.displayName(), live.observed(), draft.concern(), Instant.now(clock)));
        return id;
    }

    private void done(Caller caller, SignalState state, String what) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ConcurrentEditException("trends.signal.conflict");
        }
        audit.record(caller.username(), Action.SIGNAL_ACTED, "signal", state.getId(), state.getKey() + " " + what);
    }

    /** The signal as counted now; refused when its rule no longer fires (the page was older than the counts). */
    private SignalView live(String rule, Long schoolId, long themeId) {
        requireRule(rule);
        if (schoolId != null) {
            trends.requireSchool(schoolId);
        }
        String key = SignalState.keyOf(rule, schoolId, themeId);
        return trends.signals().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(null, "trends.signal.gone"));
    }

    /** The signal's kept state, made on its first action; the version the page saw must still be the one kept. */
    private SignalState state(SignalView live, Long expectedVersion) {
        SignalState state = states(List.of(live.key())).get(live.key());
        if (state == null) {
            if (expectedVersion != null && expectedVersion != 0) {
                throw new ConcurrentEditException("trends.signal.conflict");
            }
            state = new SignalState(live.rule(), live.schoolId(), live.themeId());
            try {
                em.persist(state);
                em.flush();
            } catch (PersistenceException e) {
                // another leader acted on the same signal at the same moment (the key is unique)
                throw new ConcurrentEditException("trends.signal.conflict");
            }
            return state;
        }
        checkVersion(state, expectedVersion == null ? 0 : expectedVersion);
        return state;
    }

    private static void checkVersion(SignalState state, long expectedVersion) {
        if (state.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("trends.signal.conflict");
        }
    }

    private static void requireRule(String rule) {
        if (Trends.RULES.stream().noneMatch(r -> r.name().equals(rule))) {
            throw new NotFoundException("rule " + rule);
        }
    }

    private Map<String, SignalState> states(List<String> keys) {
        Map<String, SignalState> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select s from SignalState s where s.key in :keys", SignalState.class)
                    .setParameter("keys", keys).getResultList().forEach(s -> byKey.put(s.getKey(), s));
        }
        return byKey;
    }

    private SignalEntry entry(SignalView live, SignalState state) {
        if (state == null) {
            return new SignalEntry(live, null, SignalStatus.OPEN, null, null, 0, false);
        }
        boolean worse = live != null && state.isWorseThanAcknowledged(live.observed());
        return new SignalEntry(live, state.getId(), state.getStatus(), state.getAcknowledgedObserved(),
                state.getSnoozedUntil(), state.getVersion(), worse);
    }
}
