package io.livedrop.creator.userservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void tokenIsReusedUntilHalfAMinuteBeforeItExpires() {
        ServiceToken token = ServiceToken.issued("t", Duration.ofMinutes(15), ISSUED);

        assertThat(token.usableAt(ISSUED.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(token.usableAt(ISSUED.plus(Duration.ofSeconds(14 * 60 + 30)))).isFalse();
    }

    @Test
    void shortLivedTokenIsRenewedHalfwayThroughItsLife() {
        ServiceToken token = ServiceToken.issued("t", Duration.ofSeconds(20), ISSUED);

        assertThat(token.usableAt(ISSUED.plusSeconds(9))).isTrue();
        assertThat(token.usableAt(ISSUED.plusSeconds(10))).isFalse();
    }

    @Test
    void tokenValueStaysOutOfItsTextForm() {
        assertThat(ServiceToken.issued("secret-token", Duration.ofMinutes(15), ISSUED).toString())
                .doesNotContain("secret-token");
    }
}
