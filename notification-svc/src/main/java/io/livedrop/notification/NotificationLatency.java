package io.livedrop.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How long after its cause a notification reached a user: from the time of the event (as its producer
 * stamped it) to the inbox row being committed, and to the message being handed to an open socket.
 * Served at /actuator/prometheus as {@code livedrop_notification_latency_seconds{channel=...}}. The
 * event's time comes from another service's clock, so skew between hosts shows up here as well.
 */
@Component
public class NotificationLatency {

    static final String NAME = "livedrop.notification.latency";

    private final Clock clock;
    private final Timer inbox;
    private final Timer websocket;

    @Autowired
    NotificationLatency(MeterRegistry registry) {
        this(registry, Clock.systemUTC());
    }

    NotificationLatency(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.inbox = timer(registry, "inbox");
        this.websocket = timer(registry, "websocket");
    }

    /** {@code count} inbox rows of one event were committed now; {@code eventTime} null: not measurable. */
    public void inboxWritten(Instant eventTime, int count) {
        if (eventTime == null) {
            return;
        }
        Duration latency = since(eventTime);
        for (int i = 0; i < count; i++) {
            inbox.record(latency);
        }
    }

    /** A message was handed to one of a user's sockets now. */
    public void socketReached(Instant eventTime) {
        if (eventTime != null) {
            websocket.record(since(eventTime));
        }
    }

    private Duration since(Instant eventTime) {
        Duration latency = Duration.between(eventTime, clock.instant());
        // A producer whose clock runs ahead would give negative figures, which a timer cannot hold.
        return latency.isNegative() ? Duration.ZERO : latency;
    }

    private static Timer timer(MeterRegistry registry, String channel) {
        return Timer.builder(NAME)
                .description("From the event that caused a notification to its delivery on a channel")
                .tag("channel", channel)
                // Buckets, so p99 across instances can be computed from Prometheus (histogram_quantile).
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
    }
}
