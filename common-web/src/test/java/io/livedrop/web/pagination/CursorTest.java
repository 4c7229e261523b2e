package io.livedrop.web.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.web.problem.ProblemException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    private final Instant at = Instant.parse("2026-03-01T12:00:00.123456Z");
    private final UUID id = UUID.fromString("01956b2c-7f3a-7c11-9a4e-0c2f1d3e4b5a");

    @Test
    void encodedCursorDecodesToTheSameKeys() {
        String token = Cursor.of(at, id).encode();

        Cursor decoded = Cursor.decode(token);

        assertThat(decoded.instant(0)).isEqualTo(at);
        assertThat(decoded.uuid(1)).isEqualTo(id);
    }

    @Test
    void encodedCursorIsUrlSafe() {
        assertThat(Cursor.of("a/b+c?", "ü", at).encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void keysWithSeparatorsAndQuotesRoundTrip() {
        Cursor cursor = Cursor.of("a,b|c\"d", 42L);

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(Cursor.decode(cursor.encode()).longValue(1)).isEqualTo(42L);
    }

    @ParameterizedTest
    @ValueSource(strings = { "not*base64", "bm90IGpzb24", "e30", "W10", "W251bGxd" })
    void tamperedOrForeignTokenIsRejectedNamingCursor(String token) {
        // not base64; "not json"; {}; []; [null]
        assertRejected(() -> Cursor.decode(token));
    }

    @Test
    void flippedCharacterIsRejected() {
        String token = Cursor.of(at, id).encode();
        String tampered = "X" + token.substring(1);

        assertRejected(() -> Cursor.decode(tampered));
    }

    @Test
    void keyOfTheWrongTypeIsRejectedNamingCursor() {
        Cursor cursor = Cursor.decode(Cursor.of("yesterday", "someone").encode());

        assertRejected(() -> cursor.instant(0));
        assertRejected(() -> cursor.uuid(1));
        assertRejected(() -> cursor.longValue(0));
        assertRejected(() -> cursor.key(2));
    }

    @Test
    void oversizedTokenIsRejectedBeforeDecoding() {
        assertRejected(() -> Cursor.decode("A".repeat(2000)));
    }

    private static void assertRejected(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, ex -> {
            assertThat(ex.getStatusCode().value()).isEqualTo(400);
            assertThat(ex.getBody().getProperties()).extractingByKey("errors").asString().contains("cursor");
        });
    }
}
