package io.livedrop.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(200)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void throttleKeysShareAHashTagPerUser() {
        assertThat(Throttle.key(java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"), "email",
                java.time.Instant.ofEpochSecond(120)))
                .isEqualTo("ld:notification:throttle:{user:00000000-0000-0000-0000-000000000001}:email:2");
    }
}
