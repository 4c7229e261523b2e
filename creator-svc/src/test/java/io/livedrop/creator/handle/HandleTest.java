package io.livedrop.creator.handle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HandleTest {

    @ParameterizedTest
    @ValueSource(strings = { "abc", "Jane_Doe", "maker42", "___", "a23456789012345678901234567890" })
    void lettersDigitsAndUnderscoreFromThreeToThirtyCharactersAreAHandle(String text) {
        assertThat(new Handle(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "ab", "a234567890123456789012345678901" })
    void tooShortOrTooLongIsRefused(String text) {
        assertThatThrownBy(() -> new Handle(text))
                .isInstanceOf(InvalidHandleException.class)
                .hasMessage("must be 3 to 30 characters long");
    }

    @ParameterizedTest
    @ValueSource(strings = { "jane-doe", "jane.doe", "jane doe", "jäne", "jane@home", "ｊａｎｅ" })
    void anyOtherCharacterIsRefused(String text) {
        assertThatThrownBy(() -> new Handle(text))
                .isInstanceOf(InvalidHandleException.class)
                .hasMessage("may contain only letters, digits and _");
    }

    @ParameterizedTest
    @ValueSource(strings = { "admin", "api", "livedrop", "me", "support", "settings", "search", "Admin", "LiveDrop",
            "SUPPORT" })
    void reservedWordsAreRefusedWhateverTheirCase(String text) {
        assertThatThrownBy(() -> new Handle(text))
                .isInstanceOf(InvalidHandleException.class)
                .hasMessage("is reserved");
    }

    @Test
    void reservedWordsInsideALongerHandleAreFine() {
        assertThat(new Handle("admin_fan").value()).isEqualTo("admin_fan");
    }

    @Test
    void handlesDifferingOnlyInCaseShareOneKeyButKeepTheirSpelling() {
        Handle chosen = new Handle("JaneDoe");

        assertThat(chosen.key()).isEqualTo(new Handle("janedoe").key()).isEqualTo("janedoe");
        assertThat(chosen.value()).isEqualTo("JaneDoe");
    }
}
