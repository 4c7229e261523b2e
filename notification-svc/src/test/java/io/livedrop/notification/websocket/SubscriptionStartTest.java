package io.livedrop.notification.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.context.Lifecycle;

class SubscriptionStartTest {

    @Test
    void aSubscriptionThatFailsTwiceIsStartedOnTheThirdTry() {
        FlakySubscription redis = new FlakySubscription(2);
        SubscriptionStart start = new SubscriptionStart(redis, Duration.ofSeconds(5), Duration.ofMillis(10));

        start.start();

        assertThat(start.isRunning()).isTrue();
        assertThat(redis.isRunning()).isTrue();
        assertThat(redis.attempts).isEqualTo(3);
        assertThat(redis.resets).isEqualTo(2);
    }

    @Test
    void aRedisAwayForTheWholePatienceFailsTheStart() {
        FlakySubscription redis = new FlakySubscription(Integer.MAX_VALUE);
        SubscriptionStart start = new SubscriptionStart(redis, Duration.ofMillis(100), Duration.ofMillis(10));

        assertThatThrownBy(start::start).hasMessageContaining("handshake timed out");

        assertThat(start.isRunning()).isFalse();
        assertThat(redis.attempts).isGreaterThan(1);
    }

    @Test
    void stoppingStopsTheSubscription() {
        FlakySubscription redis = new FlakySubscription(0);
        SubscriptionStart start = new SubscriptionStart(redis, Duration.ofSeconds(1), Duration.ofMillis(10));
        start.start();

        start.stop();

        assertThat(start.isRunning()).isFalse();
        assertThat(redis.isRunning()).isFalse();
    }

    /** Fails its first {@code failures} starts the way a slow Redis handshake does. */
    private static final class FlakySubscription implements Lifecycle {

        private final int failures;
        private int attempts;
        private int resets;
        private boolean running;

        FlakySubscription(int failures) {
            this.failures = failures;
        }

        @Override
        public void start() {
            attempts++;
            if (attempts <= failures) {
                throw new IllegalStateException("Connection initialization: handshake timed out after 3 second(s)");
            }
            running = true;
        }

        @Override
        public void stop() {
            if (!running) {
                resets++;
            }
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }
    }
}
