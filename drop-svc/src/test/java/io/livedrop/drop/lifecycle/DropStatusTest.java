package io.livedrop.drop.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DropStatusTest {

    private static final Instant START = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void aScheduledDropCountsAsStartedFromItsStartEvenBeforeTheTimerMovesIt() {
        assertThat(DropStatus.SCHEDULED.startedBy(START.minusMillis(1), START)).isFalse();
        assertThat(DropStatus.SCHEDULED.startedBy(START, START)).isTrue();
    }

    @Test
    void liveAndEndedDropsHaveStartedAndCancelledOnesNever() {
        Instant early = START.minusSeconds(3600);
        assertThat(DropStatus.LIVE.startedBy(early, START)).isTrue();
        assertThat(DropStatus.ENDED.startedBy(early, START)).isTrue();
        assertThat(DropStatus.CANCELLED.startedBy(START.plusSeconds(3600), START)).isFalse();
    }
}
