package org.roundtable.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.mail.MailFailedException;
import org.roundtable.mail.MailMessage;
import org.roundtable.mail.Mailer;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.platform.InvalidRequestException;
import org.roundtable.security.PasswordHashes;

/**
 * One-time links to set a password, mailed to the account's own address: nobody else ever chooses or sees a
 * leader's password. A new account gets one (valid a week), an admin sends one on request (valid a day, and the
 * account's open sessions end at once). Sending a new link voids the earlier ones; a link works once.
 */
@ApplicationScoped
@Transactional
public class PasswordLinks {

    static final Duration WELCOME_VALID = Duration.ofDays(7);
    static final Duration RESET_VALID = Duration.ofHours(24);
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Mailer mailer;

    @Inject
    PasswordHashes hashes;

    @Inject
    @ConfigProperty(name = "roundtable.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    Clock clock = Clock.systemUTC();

    private final SecureRandom random = new SecureRandom();

    /** Makes a link for the account and mails it; the caller (an admin action) has checked who may. */
    @Transactional(Transactional.TxType.MANDATORY)
    void send(UserAccount user, PasswordLink.Purpose purpose, String by) {
        Instant now = Instant.now(clock);
        em.createQuery("delete from PasswordLink l where l.user = :u and l.usedAt is null").setParameter("u", user)
                .executeUpdate();
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new PasswordLink(sha256(token), user, purpose, by, now,
                now.plus(purpose == PasswordLink.Purpose.WELCOME ? WELCOME_VALID : RESET_VALID)));
        String link = publicUrl.replaceAll("/+$", "") + "/password.xhtml?token=" + token;
        String body = purpose == PasswordLink.Purpose.WELCOME
                ? "Hello " + user.getDisplayName() + ",\n\nAn account on Roundtable was made for you: your user name is "
                        + user.getUsername() + ".\nChoose your password here (the link works once, within 7 days):\n\n"
                        + link + "\n"
                : "Hello " + user.getDisplayName() + ",\n\nA district admin sent you a link to choose a new password for"
                        + " Roundtable (user name " + user.getUsername() + "). You have been signed out everywhere.\n"
                        + "The link works once, within 24 hours:\n\n" + link
                        + "\n\nIf you did not ask for this, tell your district admin.\n";
        try {
            mailer.send(new MailMessage(user.getEmail(), purpose == PasswordLink.Purpose.WELCOME
                    ? "Your Roundtable account" : "Choose a new Roundtable password", body));
        } catch (MailFailedException e) {
            throw new InvalidRequestException(null, "account.mail.failed");
        }
        audit.record(by, Action.PASSWORD_LINK_SENT, "account", user.getId(), purpose + " link to " + user.getUsername());
    }

    /** The user name a link is for, while it can be used (the password page shows it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> usableFor(String token) {
        return usable(token).map(l -> l.getUser().getUsername());
    }

    /**
     * Sets the account's password through a link, once. Every session of the account ends.
     *
     * @throws InvalidRequestException {@code password.link.invalid} when the link is unknown, used or expired
     */
    public void setPassword(String token,
            @NotBlank(message = "{account.password.required}") @Size(min = PasswordHashes.MIN_LENGTH, max = 200,
                    message = "{account.password.size}") String password) {
        PasswordLink link = usable(token).orElseThrow(() -> new InvalidRequestException(null, "password.link.invalid"));
        link.use(Instant.now(clock));
        UserAccount u = link.getUser();
        u.changePasswordHash(hashes.hash(password));
        em.flush();
        audit.record(u.getUsername(), Action.PASSWORD_RESET, "account", u.getId(), "set through a " + link.getPurpose()
                + " link");
    }

    private Optional<PasswordLink> usable(String token) {
        if (token == null || token.length() > 100 || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return em.createQuery("select l from PasswordLink l join fetch l.user where l.tokenHash = :h", PasswordLink.class)
                .setParameter("h", sha256(token)).getResultStream().findFirst().filter(l -> l.usable(now));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
