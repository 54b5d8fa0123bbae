package org.roundtable.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.roundtable.platform.AuditLog;
import org.roundtable.platform.AuditLog.Action;
import org.roundtable.security.Caller;
import org.roundtable.security.Guard;
import org.roundtable.account.UserAccount;

/**
 * Issues, revokes and renders leaders' private calendar feeds. The token is shown once, when issued; only
 * its SHA-256 is stored, so the table cannot be used to read anyone's feed.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Inject
    Guard guard;

    @Inject
    AuditLog audit;

    @Inject
    Instance<FeedSource> sources;

    Clock clock = Clock.systemUTC();

    /** Issues a new feed token for the caller, revoking any earlier one. Returns the token (shown once). */
    public String issue() {
        Caller caller = guard.requireLeader("calendarFeed", null);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarToken existing = em.find(CalendarToken.class, caller.userId());
        if (existing == null) {
            em.persist(new CalendarToken(caller.userId(), hash(token), Instant.now(clock)));
        } else {
            existing.replace(hash(token), Instant.now(clock));
        }
        em.flush();
        audit.record(caller.username(), Action.CALENDAR_FEED_ISSUED, "calendarFeed", caller.userId(), null);
        return token;
    }

    /** Revokes the caller's feed: calendar apps get "not found" from then on. */
    public void revoke() {
        Caller caller = guard.requireLeader("calendarFeed", null);
        CalendarToken existing = em.find(CalendarToken.class, caller.userId());
        if (existing != null) {
            em.remove(existing);
            audit.record(caller.username(), Action.CALENDAR_FEED_REVOKED, "calendarFeed", caller.userId(), null);
        }
    }

    /** When the caller's current feed was issued, if they have one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> issuedAt() {
        Caller caller = guard.requireLeader("calendarFeed", null);
        return Optional.ofNullable(em.find(CalendarToken.class, caller.userId())).map(CalendarToken::getCreatedAt);
    }

    /**
     * The iCalendar text of the feed a token opens, or empty when the token is malformed, revoked, or its
     * leader is no longer an active leader.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> render(String token, String baseUrl) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<UserAccount> owner = em.createQuery("""
                select u from CalendarToken t, UserAccount u where u.id = t.userId and t.tokenHash = :hash""",
                        UserAccount.class)
                .setParameter("hash", hash(token))
                .getResultStream().findFirst();
        if (owner.isEmpty() || !owner.get().isActive()) {
            return Optional.empty();
        }
        UserAccount u = owner.get();
        Caller caller = new Caller(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                u.getSchool() == null ? null : u.getSchool().getId());
        if (!caller.isLeader()) {
            return Optional.empty();
        }
        Calendar calendar = new Calendar()
                .withProdId("-//Roundtable//Roundtable portal//EN")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(new CalScale(CalScale.VALUE_GREGORIAN))
                .withProperty(new XProperty("X-WR-CALNAME", "Roundtable – " + u.getDisplayName()))
                .getFluentTarget();
        java.util.List<net.fortuna.ical4j.model.component.VEvent> events = new java.util.ArrayList<>();
        for (FeedSource source : sources) {
            events.addAll(source.events(caller, baseUrl));
        }
        // Every time zone an event names gets its definition (recurring check-ins keep the district's local hour).
        events.stream()
                .flatMap(e -> e.getProperties().stream())
                .flatMap(p -> p.<TzId>getParameter(Parameter.TZID).stream())
                .map(TzId::getValue)
                .distinct()
                .map(id -> TIME_ZONES.getTimeZone(id))
                .filter(java.util.Objects::nonNull)
                .forEach(tz -> calendar.add(tz.getVTimeZone()));
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(!calendar.getComponents().isEmpty()).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toString());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
