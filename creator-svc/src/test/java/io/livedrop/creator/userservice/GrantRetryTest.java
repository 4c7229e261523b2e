package io.livedrop.creator.userservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GrantRetryTest {

    private final UserServiceProperties.GrantRetry retry =
            new UserServiceProperties.GrantRetry(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void waitDoublesAfterEachFailure() {
        assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retry.backoffAfter(5)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void waitStopsGrowingAtTheMaximum() {
        assertThat(retry.backoffAfter(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(retry.backoffAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
    }
}
