package io.livedrop.user.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = { "correct-horse", "letters1234", "0123456789!", "pässwörter9", "ten chars!", "🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑" })
    void acceptsTenOrMoreCharactersThatAreNotOnlyLettersOrOnlyDigits(String password) {
        assertThat(PasswordPolicy.violation(password)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "short1!", "abc12345!" })
    void refusesFewerThanTenCharacters(String password) {
        assertThat(PasswordPolicy.violation(password)).hasValueSatisfying(m -> assertThat(m).contains("at least 10"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "onlyletters", "ÄÖÜäöüßéèê" })
    void refusesOnlyLetters(String password) {
        assertThat(PasswordPolicy.violation(password)).hasValueSatisfying(m -> assertThat(m).contains("only letters"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0123456789", "12345678901234" })
    void refusesOnlyDigits(String password) {
        assertThat(PasswordPolicy.violation(password)).hasValueSatisfying(m -> assertThat(m).contains("only digits"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "            " })
    void refusesBlank(String password) {
        assertThat(PasswordPolicy.violation(password)).isPresent();
    }
}
