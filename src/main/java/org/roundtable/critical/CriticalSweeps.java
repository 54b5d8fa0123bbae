package org.roundtable.critical;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.mail.MailFailedException;
import org.roundtable.mail.MailMessage;

/**
 * What the critical conversations' timer does: redacts the content of closed records whose removal day has come
 * (retention), and reminds authors of follow-ups due tomorrow or today. Each record in its own transaction, each
 * safe to repeat and to run on several instances (a record is redacted once; a reminder claimed once per follow-up
 * day, in the transaction that sends it).
 */
@ApplicationScoped
public class CriticalSweeps {

    private static final Logger LOG = Logger.getLogger(CriticalSweeps.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    /** A follow-up reminder still worth sending this many days after its day (the server was down, mail failed). */
    static final int STILL_USEFUL_DAYS = 7;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    CriticalConversations conversations;

    @Inject
    SweepSteps steps;

    @Inject
    @ConfigProperty(name = "roundtable.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** What one sweep did. */
    public record Sweep(int redacted, int reminded, int failed) {
    }

    @PostConstruct
    void checkSettings() {
        conversations.retention(); // a wrong retention setting fails the start-up, not every run
    }

    /** Redacts what is due and sends the reminders due on {@code today}. */
    public Sweep run(LocalDate today) {
        int redacted = 0;
        for (Long id : dueForRemoval(today)) {
            if (steps.redactOne(id, today)) {
                redacted++;
            }
        }
        int reminded = 0;
        int failed = 0;
        for (Long id : remindersDue(today)) {
            try {
                if (steps.remindOne(id, today, portal())) {
                    reminded++;
                }
            } catch (MailFailedException e) {
                failed++;
                LOG.log(Level.WARNING, "Follow-up reminder of critical conversation {0} not sent, tried again at the next sweep: {1}",
                        new Object[] {id, e.getMessage()});
            }
        }
        if (redacted > 0 || reminded > 0 || failed > 0) {
            LOG.log(Level.INFO, "Critical conversations: {0} removed under the retention policy, {1} follow-up reminders sent,"
                    + " {2} failed", new Object[] {redacted, reminded, failed});
        }
        return new Sweep(redacted, reminded, failed);
    }

    /** Closed records whose removal day has come, not held, not redacted yet (deleted ones too). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueForRemoval(LocalDate today) {
        return em.createQuery("""
                select c.id from CriticalConversation c
                where c.removeOn <= :today and c.redactedOn is null and c.holdReason is null order by c.removeOn, c.id""", Long.class)
                .setParameter("today", today).setMaxResults(1000).getResultList();
    }

    /** Follow-ups due tomorrow or today (or missed within a week), not reminded for that day, to active authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> remindersDue(LocalDate today) {
        return em.createQuery("""
                select c.id from CriticalConversation c join c.author a
                where c.status = :followUp and c.confidentiality.deletedAt is null and c.followUpOn <= :tomorrow
                  and c.followUpOn >= :stillUseful and (c.remindedFor is null or c.remindedFor <> c.followUpOn)
                  and a.active = true and a.email is not null
                order by c.followUpOn, c.id""", Long.class)
                .setParameter("followUp", Status.FOLLOW_UP).setParameter("tomorrow", today.plusDays(1))
                .setParameter("stillUseful", today.minusDays(STILL_USEFUL_DAYS)).setMaxResults(1000).getResultList();
    }

    private String portal() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The reminder's words: the day and the link, nothing of the record. */
    static MailMessage reminder(String to, String name, LocalDate followUpOn, LocalDate today, String link) {
        ResourceBundle mail = ResourceBundle.getBundle("org.roundtable.mail", Locale.ENGLISH);
        String day = followUpOn.equals(today) ? "today, " + DAY.format(followUpOn)
                : followUpOn.equals(today.plusDays(1)) ? "tomorrow, " + DAY.format(followUpOn) : "on " + DAY.format(followUpOn);
        return new MailMessage(to, MessageFormat.format(mail.getString("critical.reminder.subject"), day),
                MessageFormat.format(mail.getString("critical.reminder.body"), name, day, link));
    }
}
