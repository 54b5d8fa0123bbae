package org.roundtable.critical;

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
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The critical conversations' clockwork: every {@code ROUNDTABLE_CRITICAL_INTERVAL_MINUTES} (60) minutes it removes
 * the content of records past their removal day and sends the follow-up reminders due. Not persistent; safe on
 * several instances. {@code 0} turns it off on an instance (the tests run the sweep by hand).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CriticalTimer {

    private static final Logger LOG = Logger.getLogger(CriticalTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CriticalSweeps sweeps;

    @Inject
    CriticalConversations conversations;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_CRITICAL_INTERVAL_MINUTES", defaultValue = "60")
    int intervalMinutes;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (intervalMinutes < 0) {
            throw new IllegalStateException("ROUNDTABLE_CRITICAL_INTERVAL_MINUTES must be 0 (off) or more, not " + intervalMinutes);
        }
        Retention retention = conversations.retention();
        if (intervalMinutes == 0) {
            LOG.info("Critical conversations' retention and reminders off on this instance (ROUNDTABLE_CRITICAL_INTERVAL_MINUTES=0)");
            return;
        }
        long interval = Duration.ofMinutes(intervalMinutes).toMillis();
        timers.createIntervalTimer(Math.min(interval, Duration.ofMinutes(4).toMillis()), interval,
                new TimerConfig("critical conversations", false));
        LOG.info(() -> "Critical conversations: content removed " + retention.years() + " year(s) after closing, follow-up"
                + " reminders; looked for every " + intervalMinutes + " minutes");
    }

    @Timeout
    void tick(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            sweeps.run(LocalDate.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Critical conversations' sweep failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
