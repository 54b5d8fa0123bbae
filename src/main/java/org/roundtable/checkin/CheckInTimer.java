package org.roundtable.checkin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The check-ins' clockwork, on a Jakarta EE timer: every {@code ROUNDTABLE_REMINDER_INTERVAL_MINUTES} (15) minutes
 * it generates occurrences up to the horizon and sends the reminders that are due. The timer is not persistent:
 * each instance starts its own at start-up, and what it does is safe to repeat and to run on several instances
 * at once (one occurrence per slot; one claim per reminder).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInTimer {

    private static final Logger LOG = Logger.getLogger(CheckInTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CheckIns checkIns;

    @Inject
    Reminders reminders;

    @Inject
    org.roundtable.mail.Mailer mailer;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_REMINDER_INTERVAL_MINUTES", defaultValue = "15")
    int intervalMinutes;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (intervalMinutes < 1) {
            throw new IllegalStateException("ROUNDTABLE_REMINDER_INTERVAL_MINUTES must be 1 or more, not " + intervalMinutes);
        }
        long interval = Duration.ofMinutes(intervalMinutes).toMillis();
        // The first run waits two minutes: start-up (migrations, the demo seeding) has finished by then.
        timers.createIntervalTimer(Math.min(interval, Duration.ofMinutes(2).toMillis()), interval,
                new TimerConfig("check-in reminders", false));
        // Reading the settings here makes a wrong value fail the start-up, not every run.
        String reminding = reminders.describe();
        LOG.info(() -> "Check-in reminders (" + reminding + ") and occurrence generation every " + intervalMinutes
                + " minutes; e-mail " + (mailer.isSmtp() ? "sent by SMTP" : "kept in the outbox"));
    }

    @Timeout
    void tick(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return; // the previous run is still going (a slow SMTP server): skip this one
        }
        try {
            int created = checkIns.generateAhead();
            if (created > 0) {
                LOG.info(() -> "Check-ins generated ahead: " + created);
            }
            reminders.sendDue(LocalDateTime.now());
        } catch (RuntimeException e) {
            // Logged, never rethrown: a thrown timeout is retried by the container and then given up on.
            LOG.log(Level.WARNING, "Check-in timer run failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }

    /** When the next run is due (for the health of the clockwork, and tests). */
    public java.util.Date nextRun() {
        return timers.getTimers().stream().map(Timer::getNextTimeout).min(java.util.Comparator.naturalOrder()).orElse(null);
    }
}
