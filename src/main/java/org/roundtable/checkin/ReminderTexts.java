package org.roundtable.checkin;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.roundtable.mail.MailMessage;

/**
 * The words of the reminder e-mails, from {@code org/roundtable/mail.properties}. A reminder names the people,
 * the school, the time and how full the agenda is, and links to the page: never a talking point's text, a
 * shared or a private note (mail leaves the portal, and the demo outbox is read by admins).
 */
final class ReminderTexts {

    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

    private ReminderTexts() {
    }

    /**
     * The message of one reminder; {@code portal} is the portal's address without a trailing slash. A reminder sent
     * late (a check-in made or moved at short notice) says plainly that the check-in is today or tomorrow.
     */
    static MailMessage compose(ReminderKind kind, DueReminder due, String portal, java.time.LocalDate today) {
        ResourceBundle texts = ResourceBundle.getBundle("org.roundtable.mail", LOCALE);
        java.time.LocalDate on = due.startsAt().toLocalDate();
        String day = format(texts, on.equals(today) ? "reminder.day.today" : on.equals(today.plusDays(1))
                ? "reminder.day.tomorrow" : "reminder.day.on", DAY.format(due.startsAt()));
        String time = TIME.format(due.startsAt());
        String agenda = format(texts, "reminder.agenda", due.talkingPoints(), due.carriedPoints(), due.openActions());
        return switch (kind) {
            case PRINCIPAL_AGENDA -> new MailMessage(due.principalEmail(),
                    format(texts, "reminder.principal.subject", due.leaderName(), day),
                    format(texts, "reminder.principal.body", due.principalName(), due.leaderName(), day, time,
                            due.durationMinutes(), agenda, portal + "/checkins/checkin.xhtml?id=" + due.checkInId()));
            case LEADER_PREP -> new MailMessage(due.leaderEmail(),
                    format(texts, "reminder.leader.subject", due.principalName(), due.schoolName(), day, time),
                    format(texts, "reminder.leader.body", due.leaderName(), due.principalName(), due.schoolName(), day,
                            time, agenda, portal + "/checkins/prep.xhtml?id=" + due.checkInId()));
        };
    }

    private static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), LOCALE).format(args);
    }
}
