package org.roundtable.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Writes the audit log. Each event is written in its own transaction, so a denial is recorded even though the
 * denied call rolls back. Reading it is for admins ({@code security.AuditTrail}).
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    /** What the audit log records; the page bundle's {@code audit.NAME} is its label. */
    public enum Action {
        LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, ACCESS_DENIED,
        OBSERVATION_CREATED, OBSERVATION_REVISED,
        SCHOOL_SAVED, STAFF_SAVED, THEME_SAVED, THEME_DELETED, ACCOUNT_SAVED, PASSWORD_RESET,
        VISIT_PLANNED, VISIT_CHANGED, VISIT_CANCELLED, VISIT_COMPLETED, CONVERSATION_SAVED, RECOGNITION_SAVED,
        FOLLOW_UP_SAVED, QUESTION_SAVED, CALENDAR_FEED_ISSUED, CALENDAR_FEED_REVOKED, SERIES_SAVED, CHECK_IN_SAVED,
        CONFIDENTIAL_READ, PASSWORD_LINK_SENT, ROLE_GRANTED, SIGNAL_ACTED,
        CRITICAL_SAVED, CRITICAL_SIGNED_OFF, CRITICAL_DELETED, CRITICAL_REFUSED, CRITICAL_HOLD, CRITICAL_REDACTED
    }

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, Action action, String targetType, Object targetId, String detail) {
        String who = actor == null || actor.isBlank() ? "anonymous" : actor;
        em.persist(new AuditEvent(Instant.now(clock), who, action.name(), targetType,
                targetId == null ? null : String.valueOf(targetId), detail));
        if (action == Action.ACCESS_DENIED || action == Action.LOGIN_THROTTLED) {
            LOG.warning(() -> String.format("%s by %s on %s %s: %s", action, who, targetType, targetId, detail));
        }
    }
}
