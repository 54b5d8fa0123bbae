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
    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=120000";
    static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Stream.of(ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE)
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1])));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }
}
