package org.roundtable.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * What sign-in needs of an account, read and written in the account table directly (as the identity store in
 * {@link SecurityConfig} does), so the security package depends on no feature: the stored hash, the session epoch
 * that ends older sessions, and replacing a hash made with weaker parameters.
 */
@ApplicationScoped
public class Credentials {

    /** An active account's id, password hash and session epoch. */
    public record Stored(long userId, String hash, int sessionEpoch) {
    }

    @PersistenceContext(unitName = "roundtable")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Stored> active(String username) {
        List<?> rows = em.createNativeQuery(
                        "select id, password_hash, session_epoch from user_account where username = ?1 and active = true")
                .setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new Stored(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue()));
    }

    /** Replaces the hash of an account whose password was just verified, unless it changed in between. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rehash(long userId, String oldHash, String newHash) {
        em.createNativeQuery("update user_account set password_hash = ?1 where id = ?2 and password_hash = ?3")
                .setParameter(1, newHash).setParameter(2, userId).setParameter(3, oldHash).executeUpdate();
    }
}
