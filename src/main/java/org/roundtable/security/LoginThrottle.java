package org.roundtable.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing, in the database so every instance of a cluster counts the same failures. Three
 * keys back off on their own ({@link ThrottleRule}): the account name from one client address (5 free failures,
 * so a guesser is slowed at once while the account's owner, elsewhere, can still sign in); the client address
 * (20 free: one password sprayed across many accounts is slowed); and the account name from anywhere (50 free:
 * a guesser spread over many addresses is slowed too, without letting anyone lock an account out cheaply). A
 * success clears the account's keys, never the address's. Failures are forgotten a day after the last one.
 */
@ApplicationScoped
public class LoginThrottle {

    static final ThrottleRule FROM_ONE_ADDRESS = new ThrottleRule(5, Duration.ofSeconds(30), Duration.ofMinutes(15));
    static final ThrottleRule ADDRESS = new ThrottleRule(20, Duration.ofSeconds(30), Duration.ofMinutes(15));
    static final ThrottleRule ACCOUNT = new ThrottleRule(50, Duration.ofSeconds(30), Duration.ofMinutes(15));
    static final Duration MEMORY = Duration.ofDays(1);
    private static final int MAX_NAME = 100;

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The keys a sign-in attempt counts against, with their rules, in a fixed order (no deadlock between them). */
    static List<String> keys(String username, String address) {
        String name = normalized(username);
        String from = address == null ? "" : address;
        return List.of("account:" + name, "address:" + from, "pair:" + name + "|" + from);
    }

    private static ThrottleRule rule(String key) {
        return key.startsWith("account:") ? ACCOUNT : key.startsWith("address:") ? ADDRESS : FROM_ONE_ADDRESS;
    }

    static String normalized(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** How long this account name from this address must still wait; zero when it may try now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration waitFor(String username, String address) {
        Instant now = Instant.now(clock);
        List<Instant> locks = em.createQuery("select f.lockedUntil from LoginFailure f where f.key in :keys and f.lockedUntil > :now",
                        Instant.class)
                .setParameter("keys", keys(username, address)).setParameter("now", now).getResultList();
        return locks.stream().map(until -> Duration.between(now, until)).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Counts a failed attempt against every key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, String address) {
        Instant now = Instant.now(clock);
        for (String key : keys(username, address)) {
            LoginFailure f = em.find(LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (f == null) {
                f = new LoginFailure(key);
                em.persist(f);
            }
            f.failed(rule(key), now, MEMORY);
        }
        em.createQuery("delete from LoginFailure f where f.lastFailedAt < :forgotten")
                .setParameter("forgotten", now.minus(MEMORY)).executeUpdate();
    }

    /** A success clears the account's keys (from anywhere and from this address); the address keeps its count. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        List<String> keys = keys(username, address);
        em.createQuery("delete from LoginFailure f where f.key in :keys")
                .setParameter("keys", List.of(keys.get(0), keys.get(2))).executeUpdate();
    }
}
