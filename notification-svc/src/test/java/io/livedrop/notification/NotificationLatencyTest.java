package io.livedrop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;

class NotificationLatencyTest {

    private static final Instant NOW = Instant.parse("2030-03-01T18:00:01Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final NotificationLatency latency = new NotificationLatency(registry, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void countsEveryInboxRowAndSocketFromTheEventsTime() {
        latency.inboxWritten(NOW.minusMillis(250), 3);
        latency.socketReached(NOW.minusMillis(400));

        assertThat(timer("inbox").count()).isEqualTo(3);
        assertThat(timer("inbox").max(TimeUnit.MILLISECONDS)).isEqualTo(250);
        assertThat(timer("websocket").count()).isEqualTo(1);
        assertThat(timer("websocket").max(TimeUnit.MILLISECONDS)).isEqualTo(400);
    }

    @Test
    void anEventFromAClockAheadCountsAsNoDelayAndOneWithoutATimeIsNotCounted() {
        latency.socketReached(NOW.plusSeconds(2));
        latency.inboxWritten(null, 5);
        latency.socketReached(null);

        assertThat(timer("websocket").count()).isEqualTo(1);
        assertThat(timer("websocket").max(TimeUnit.MILLISECONDS)).isZero();
        assertThat(timer("inbox").count()).isZero();
    }

    private Timer timer(String channel) {
        return registry.get(NotificationLatency.NAME).tag("channel", channel).timer();
    }
}
