package org.roundtable.checkin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.checkin.Attendance.Status;
import org.roundtable.mail.MailFailedException;
import org.roundtable.mail.MailMessage;

/**
 * The check-in reminders: the principal {@code ROUNDTABLE_REMINDER_PRINCIPAL_DAYS} (2) days before, to add talking
 * points; the leader {@code ROUNDTABLE_REMINDER_LEADER_DAYS} (1) day before, with the prep packet. Only scheduled
 * check-ins of active series, to active accounts. Each reminder goes out once: the {@code reminder_sent} claim is
 * committed with the message, whichever sweep, timer or instance gets there first.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    /** What one sweep did. */
    public record Sweep(int sent, int failed) {
    }

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    ReminderDelivery delivery;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_REMINDER_PRINCIPAL_DAYS", defaultValue = "2")
    int principalDays;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_REMINDER_LEADER_DAYS", defaultValue = "1")
    int leaderDays;

    @Inject
    @ConfigProperty(name = "roundtable.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void checkSettings() {
        if (principalDays < 1 || principalDays > 13 || leaderDays < 1 || leaderDays > 13) {
            throw new IllegalStateException("ROUNDTABLE_REMINDER_PRINCIPAL_DAYS and ROUNDTABLE_REMINDER_LEADER_DAYS must be"
                    + " between 1 and 13 (a check-in comes every 14 days); they are " + principalDays + " and " + leaderDays);
        }
        if (publicUrl.contains("://localhost")) {
            LOG.info(() -> "Links in reminder e-mails point to " + publicUrl + "; set ROUNDTABLE_PUBLIC_URL to the portal's"
                    + " public address");
        }
    }

    /** Sends every reminder due at {@code now} (local time of the district) that has not gone out yet. */
    public Sweep sendDue(LocalDateTime now) {
        int sent = 0;
        int failed = 0;
        String portal = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        for (ReminderKind kind : ReminderKind.values()) {
            for (DueReminder due : due(kind, now)) {
                MailMessage message = ReminderTexts.compose(kind, due, portal, now.toLocalDate());
                try {
                    delivery.claimAndSend(due.checkInId(), kind, message, Instant.now(clock));
                    sent++;
                } catch (MailFailedException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Reminder {0} of check-in {1} not sent, tried again at the next sweep: {2}",
                            new Object[] {kind, due.checkInId(), e.getMessage()});
                } catch (PersistenceException e) {
                    if (claimed(due.checkInId(), kind)) {
                        // Another sweep (another instance) claimed it between our query and our insert: it is theirs.
                        LOG.log(Level.FINE, "Reminder {0} of check-in {1} claimed elsewhere", new Object[] {kind, due.checkInId()});
                    } else {
                        failed++;
                        LOG.log(Level.WARNING, "Reminder " + kind + " of check-in " + due.checkInId()
                                + " not sent (database), tried again at the next sweep", e);
                    }
                }
            }
        }
        if (sent > 0 || failed > 0) {
            LOG.log(Level.INFO, "Check-in reminders: {0} sent, {1} failed", new Object[] {sent, failed});
        }
        return new Sweep(sent, failed);
    }

    /** Whether the reminder has gone out (its claim is committed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean claimed(long checkInId, ReminderKind kind) {
        return em.find(ReminderSent.class, new ReminderSent.Key(checkInId, kind)) != null;
    }

    /** The settings, for the start-up log. */
    public String describe() {
        return "the principal " + principalDays + " day(s) and the leader " + leaderDays + " day(s) before each check-in";
    }

    /** The reminders of one kind due at {@code now} and not yet sent, soonest check-in first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueReminder> due(ReminderKind kind, LocalDateTime now) {
        boolean toPrincipal = kind == ReminderKind.PRINCIPAL_AGENDA;
        return em.createQuery("""
                select new org.roundtable.checkin.DueReminder(c.id, c.startsAt, c.durationMinutes, sc.name,
                    p.displayName, p.email, l.displayName, l.email,
                    (select count(t) from TalkingPoint t where t.checkIn = c),
                    (select count(t2) from TalkingPoint t2 where t2.checkIn = c and t2.carryCount > 0),
                    (select count(a) from ActionItem a where a.series = s and a.status = :open))
                from CheckIn c join c.series s join s.school sc join s.principal p join c.leader l
                where c.status = :scheduled and s.status = :active
                  and c.startsAt > :stillUseful and c.startsAt <= :until
                  and """ + (toPrincipal ? " p.active = true" : " l.active = true") + """
                 and not exists (select r from ReminderSent r where r.key.checkInId = c.id and r.key.kind = :kind)
                order by c.startsAt, c.id""", DueReminder.class)
                .setParameter("open", ActionItem.Status.OPEN)
                .setParameter("scheduled", Status.SCHEDULED)
                .setParameter("active", SeriesStatus.ACTIVE)
                .setParameter("stillUseful", now.plus(kind.stillUseful()))
                .setParameter("until", now.plusDays(toPrincipal ? principalDays : leaderDays))
                .setParameter("kind", kind)
                .getResultList();
    }
}
