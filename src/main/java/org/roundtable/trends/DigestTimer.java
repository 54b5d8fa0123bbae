package org.roundtable.trends;

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
 * The weekly digest's clockwork: every {@code ROUNDTABLE_DIGEST_INTERVAL_MINUTES} (15) minutes it sends the week's
 * digest to the district leaders who have not had it, from Monday at the digest hour on (so a server that was down
 * on Monday morning sends it when it is back). Not persistent and safe to run on several instances: one claim per
 * leader and week. {@code 0} turns it off on an instance (one that should send no mail; the tests, which send
 * it by hand).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestTimer {

    private static final Logger LOG = Logger.getLogger(DigestTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    WeeklyDigest digest;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_DIGEST_INTERVAL_MINUTES", defaultValue = "15")
    int intervalMinutes;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        if (intervalMinutes < 0) {
            throw new IllegalStateException("ROUNDTABLE_DIGEST_INTERVAL_MINUTES must be 0 (off) or more, not " + intervalMinutes);
        }
        if (intervalMinutes == 0) {
            LOG.info("Weekly digest off on this instance (ROUNDTABLE_DIGEST_INTERVAL_MINUTES=0)");
            return;
        }
        long interval = Duration.ofMinutes(intervalMinutes).toMillis();
        timers.createIntervalTimer(Math.min(interval, Duration.ofMinutes(3).toMillis()), interval,
                new TimerConfig("weekly digest", false));
        // asking the digest for its hour checks its settings now, failing the start-up rather than every run
        int hour = digest.hour();
        LOG.info(() -> "Weekly digest of emerging problems on " + WeeklyDigest.day() + "s from " + hour + ":00, looked for every "
                + intervalMinutes + " minutes");
    }

    @Timeout
    void tick(Timer timer) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            digest.sendDue(LocalDateTime.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Weekly digest run failed; the next run tries again", e);
        } finally {
            running.set(false);
        }
    }
}
