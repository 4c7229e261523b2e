package io.livedrop.user.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Compares a login's password with the stored hash in constant work: when the email is unknown it
 * compares against a dummy hash of the same cost, so the answer time does not reveal which emails
 * have an account.
 */
final class PasswordCheck {

    private final PasswordEncoder encoder;

    private final String dummyHash;

    PasswordCheck(PasswordEncoder encoder) {
        this.encoder = encoder;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    /** Whether there is a stored hash and the password matches it; one hash comparison either way. */
    boolean matches(Optional<String> storedHash, String password) {
        boolean matches = encoder.matches(password, storedHash.orElse(dummyHash));
        return storedHash.isPresent() && matches;
    }
}
