package io.livedrop.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordCheckTest {

    private final RecordingEncoder encoder = new RecordingEncoder();
    private final PasswordCheck check = new PasswordCheck(encoder);
    private final String storedHash = encoder.encode("correct-horse-1");

    @Test
    void rightPasswordMatches() {
        assertThat(check.matches(Optional.of(storedHash), "correct-horse-1")).isTrue();
    }

    @Test
    void wrongPasswordAndUnknownEmailBothCostOneComparisonAgainstAHashOfTheSameCost() {
        encoder.compared.clear();

        assertThat(check.matches(Optional.of(storedHash), "wrong-horse-1")).isFalse();
        assertThat(check.matches(Optional.empty(), "correct-horse-1")).isFalse();

        assertThat(encoder.compared).hasSize(2);
        String dummyHash = encoder.compared.get(1);
        assertThat(dummyHash).isNotEqualTo(storedHash);
        assertThat(cost(dummyHash)).isEqualTo(cost(storedHash));
    }

    @Test
    void passwordsLongerThanBcryptReadsAreHashedWhole() {
        String longPassword = "x1".repeat(64);
        String hash = encoder.encode(longPassword);

        assertThat(check.matches(Optional.of(hash), longPassword)).isTrue();
        assertThat(check.matches(Optional.of(hash), longPassword.substring(0, 127) + "y")).isFalse();
    }

    /** "$2a$10$..." → "$2a$10$" */
    private static String cost(String bcryptHash) {
        return bcryptHash.substring(0, 7);
    }

    /** The real encoder, noting which hashes it was asked to compare against. */
    private static final class RecordingEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate = new PrehashedBCryptPasswordEncoder();
        private final List<String> compared = new ArrayList<>();

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            compared.add(encodedPassword);
            return delegate.matches(rawPassword, encodedPassword);
        }
    }
}
