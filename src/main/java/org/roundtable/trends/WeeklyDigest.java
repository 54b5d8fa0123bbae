package org.roundtable.trends;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.mail.MailFailedException;
import org.roundtable.mail.MailMessage;
import org.roundtable.observation.ObservationTheme;
import org.roundtable.security.Role;

/**
 * The weekly digest: from Monday at {@code ROUNDTABLE_DIGEST_HOUR} (7) each active district leader gets one e-mail of
 * the emerging problems that are new or worse since the last digest told of them — rule, school, theme and numbers,
 * never an observation's words — each with a link to the signal. Once a week per leader (a claim row with the
 * message); the signals a week's digest tells of are fixed when the first digest of that week is composed, so every
 * leader reads the same list whenever their message goes out. Snoozed and acknowledged signals stay out until they
 * are back on the list. A week with nothing new sends nothing.
 */
@ApplicationScoped
public class WeeklyDigest {

    private static final Logger LOG = Logger.getLogger(WeeklyDigest.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    DigestDelivery delivery;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_DIGEST_HOUR", defaultValue = "7")
    int hour;

    @Inject
    @ConfigProperty(name = "roundtable.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    Clock clock = Clock.systemDefaultZone();

    @jakarta.annotation.PostConstruct
    void checkSettings() {
        if (hour < 0 || hour > 23) {
            throw new IllegalStateException("ROUNDTABLE_DIGEST_HOUR must be between 0 and 23, not " + hour);
        }
    }

    /** The hour on Monday from which the week's digest goes out. */
    public int hour() {
        return hour;
    }

    /** A leader the digest goes to. */
    record Reader(long id, String name, String email) {
    }

    /** What a sweep did. */
    public record Sweep(int sent, int failed, int told) {
    }

    /** Sends the digest of {@code now}'s week to the leaders who have not had it, from Monday at the digest hour on. */
    public Sweep sendDue(LocalDateTime now) {
        LocalDate week = ObservationTheme.weekOf(now.toLocalDate());
        if (now.isBefore(week.atTime(hour, 0))) {
            return new Sweep(0, 0, 0);
        }
        List<Reader> readers = readers(week);
        if (readers.isEmpty()) {
            return new Sweep(0, 0, 0);
        }
        List<SignalView> news = delivery.news(week, LocalDate.now(clock));
        String portal = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        int sent = 0;
        int failed = 0;
        for (Reader r : readers) {
            MailMessage message = news.isEmpty() ? null : compose(r, week, news, portal);
            try {
                delivery.claimAndSend(week, r.id(), message, Instant.now(clock));
                sent += message == null ? 0 : 1;
            } catch (MailFailedException e) {
                failed++;
                LOG.log(Level.WARNING, "Weekly digest to {0} not sent, tried again at the next sweep: {1}",
                        new Object[] {r.email(), e.getMessage()});
            } catch (PersistenceException e) {
                LOG.log(Level.FINE, "Weekly digest of {0} to {1} claimed elsewhere", new Object[] {week, r.id()});
            }
        }
        if (sent > 0 || failed > 0) {
            LOG.log(Level.INFO, "Weekly digest of {0}: {1} sent, {2} failed, {3} signals told",
                    new Object[] {week, sent, failed, news.size()});
        }
        return new Sweep(sent, failed, news.size());
    }

    /** The active district leaders with an address who have not had this week's digest. */
    private List<Reader> readers(LocalDate week) {
        return em.createQuery("""
                select distinct u.id, u.displayName, u.email from UserAccount u join u.roles r
                where u.active = true and u.email is not null and r in :district
                  and not exists (select 1 from DigestSent d where d.key.week = :week and d.key.userId = u.id)
                order by u.id""", Object[].class)
                .setParameter("district", List.of(Role.SUPERINTENDENT, Role.ASSISTANT_SUPERINTENDENT))
                .setParameter("week", week)
                .getResultList().stream().map(o -> new Reader((Long) o[0], (String) o[1], (String) o[2])).toList();
    }

    static MailMessage compose(Reader reader, LocalDate week, List<SignalView> news, String portal) {
        ResourceBundle msg = Exports.bundle();
        StringBuilder body = new StringBuilder();
        body.append(msg.getString("digest.greeting").formatted(reader.name())).append("\n\n");
        body.append(java.text.MessageFormat.format(msg.getString("digest.intro"), news.size(), DAY.format(week.minusDays(1))))
                .append("\n");
        for (SignalView s : news) {
            body.append("\n- ").append(msg.getString("trends.rule." + s.rule())).append(": ")
                    .append(s.schoolName() == null ? msg.getString("trends.district") : s.schoolName()).append(" · ")
                    .append(s.themeName()).append("\n  ").append(Reasons.of(s, Locale.ENGLISH)).append("\n  ")
                    .append(portal).append(Dashboard.page(s)).append("\n");
        }
        body.append("\n").append(msg.getString("digest.footer").formatted(portal + "/trends/index.xhtml")).append("\n");
        return new MailMessage(reader.email(), java.text.MessageFormat.format(msg.getString("digest.subject"), news.size(),
                DAY.format(week)), body.toString());
    }

    /** The day the digest is due each week. */
    public static DayOfWeek day() {
        return DayOfWeek.MONDAY;
    }
}
