package io.livedrop.drop.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleTimerTest {

    private static final Duration POLL = Duration.ofMillis(200);

    @Test
    void sleepsUntilTheNextDueInstantWhenItComesBeforeThePoll() {
        assertThat(LifecycleTimer.waitBeforeNextRound(Optional.of(Duration.ofMillis(73)), POLL))
                .isEqualTo(Duration.ofMillis(73));
    }

    @Test
    void sleepsNoLongerThanThePollInterval() {
        assertThat(LifecycleTimer.waitBeforeNextRound(Optional.of(Duration.ofMinutes(5)), POLL)).isEqualTo(POLL);
        assertThat(LifecycleTimer.waitBeforeNextRound(Optional.empty(), POLL)).isEqualTo(POLL);
    }

    @Test
    void anOverdueDropThatAnotherInstanceHoldsDoesNotMakeItSpin() {
        assertThat(LifecycleTimer.waitBeforeNextRound(Optional.of(Duration.ofMillis(-40)), POLL))
                .isEqualTo(LifecycleTimer.SHORTEST_WAIT);
    }
}
