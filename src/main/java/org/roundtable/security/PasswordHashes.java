package org.roundtable.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * PBKDF2 hashes in the form the database identity store verifies
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}); {@link SecurityConfig}'s identity store uses the same
 * parameters.
 */
@ApplicationScoped
public class PasswordHashes {

    public static final int MIN_LENGTH = 12;

    // The PBKDF2 parameters, in the "name=value" form the identity store annotation takes.
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    // OWASP's current figure for PBKDF2-HMAC-SHA256; older hashes are verified as they are and replaced at the
    // next sign-in (see needsRehash).
    static final int ITERATION_COUNT = 600_000;
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=" + ITERATION_COUNT;
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of no one's password, verified against for an unknown user name so both cost the same time. */
    private String dummy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Stream.of(ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE)
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1])));
        dummy = hash(java.util.UUID.randomUUID().toString());
    }

    /** Spends the time of one verification and fails: a sign-in with an unknown name takes as long as any other. */
    public boolean matchesNobody(String password) {
        matches(password == null ? "" : password, dummy);
        return false;
    }

    /** Whether a stored hash was made with weaker parameters than today's (fewer iterations, another algorithm). */
    public static boolean needsRehash(String hash) {
        String[] parts = hash == null ? new String[0] : hash.split(":");
        if (parts.length != 4 || !"PBKDF2WithHmacSHA256".equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATION_COUNT;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }
}
