package io.livedrop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class EventVersionTest {

    @Test
    void laterEventsGetHigherVersionsDownToTheMicrosecond() {
        Instant t = Instant.parse("2026-03-01T10:00:00.000001Z");

        assertThat(EventVersion.of(t.plusNanos(1_000))).isGreaterThan(EventVersion.of(t));
        assertThat(EventVersion.of(t)).isEqualTo(1_772_359_200_000_001L);
    }
}
