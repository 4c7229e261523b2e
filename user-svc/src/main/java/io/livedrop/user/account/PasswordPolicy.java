package io.livedrop.user.account;

import java.util.Optional;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters and not only letters or only
 * digits. Length is counted in code points, so a password of emoji is not penalised for its encoding.
 * The upper bound (128) is a request limit, checked with the other field sizes.
 */
final class PasswordPolicy {

    private static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** Empty when the password is acceptable, else what is wrong with it. */
    static Optional<String> violation(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.codePoints().allMatch(Character::isLetter)) {
            return Optional.of("must not be only letters: add a digit or a symbol");
        }
        if (password.codePoints().allMatch(Character::isDigit)) {
            return Optional.of("must not be only digits: add a letter or a symbol");
        }
        return Optional.empty();
    }
}
