package org.roundtable.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail through the SMTP server named by {@code ROUNDTABLE_SMTP_HOST}; with none named (the
 * embedded demo), keeps the message in the outbox admins read. Keeping it joins the caller's transaction, so a
 * message and the record that it went out commit together.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    /** How the connection to the SMTP server is protected. */
    public enum Security { STARTTLS, SSL, NONE }

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_SMTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_SMTP_PORT", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_SMTP_SECURITY", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "ROUNDTABLE_MAIL_FROM", defaultValue = "Roundtable <roundtable@localhost>")
    String from;

    Clock clock = Clock.systemUTC();

    private Session session;

    @PostConstruct
    void init() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("No ROUNDTABLE_SMTP_HOST: e-mail is kept in the outbox (Administration → Outbox) instead of sent");
            return;
        }
        Security mode;
        try {
            mode = Security.valueOf(security.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ROUNDTABLE_SMTP_SECURITY must be starttls, ssl or none, not " + security, e);
        }
        String protocol = mode == Security.SSL ? "smtps" : "smtp";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", host.get().trim());
        props.put("mail." + protocol + ".port", String.valueOf(port));
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "20000");
        props.put("mail." + protocol + ".writetimeout", "20000");
        if (mode == Security.STARTTLS) {
            // Required, not opportunistic: credentials never cross the network in the clear.
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (mode != Security.NONE) {
            props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Authenticator auth = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail." + protocol + ".auth", "true");
            String u = user.get();
            String p = password.orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, p);
                }
            };
        }
        session = Session.getInstance(props, auth);
        LOG.info(() -> "E-mail goes through " + host.get().trim() + ":" + port + " (" + mode + ")");
    }

    /** One property of the mail session (for tests of the settings). */
    String sessionProperty(String name) {
        return session == null ? null : session.getProperty(name);
    }

    /** Keeps the message in the outbox instead of sending it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void keep(MailMessage message) {
        em.persist(new OutboxMessage(message, Instant.now(clock)));
    }

    /** True when messages go to an SMTP server, false when they are kept in the outbox. */
    public boolean isSmtp() {
        return session != null;
    }

    /**
     * Sends the message, or keeps it in the outbox.
     *
     * @throws MailFailedException when the SMTP server cannot be reached or refuses it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(MailMessage message) {
        if (session == null) {
            keep(message);
            return;
        }
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(new InternetAddress(from, true));
            mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
            mime.setSubject(message.subject(), "UTF-8");
            mime.setText(message.body(), "UTF-8");
            mime.setSentDate(Date.from(Instant.now(clock)));
            Transport.send(mime);
        } catch (MessagingException e) {
            throw new MailFailedException("Could not send \"" + message.subject() + "\" to " + message.to() + ": "
                    + e.getMessage(), e);
        }
    }
}
