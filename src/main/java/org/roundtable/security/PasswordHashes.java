package org.roundtable.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 hashes in the form the database identity store verifies
 * ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}). The parameters here must match
 * {@link SecurityConfig}'s identity store definition.
 */
@ApplicationScoped
public class PasswordHashes {

    public static final int MIN_LENGTH = 12;
    static final String[] PARAMETERS = {
        "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
        "Pbkdf2PasswordHash.Iterations=120000",
        "Pbkdf2PasswordHash.SaltSizeBytes=32",
        "Pbkdf2PasswordHash.KeySizeBytes=32"
    };

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }
}
