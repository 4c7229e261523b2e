package io.livedrop.events.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the outbox relay ({@code livedrop.events.outbox.*}). The poll interval bounds the
 * latency only when the after-commit wake-up was missed, for example for rows left by a crash.
 */
@ConfigurationProperties("livedrop.events.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("200") int batchSize,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("10s") Duration maxBackoff,
        @DefaultValue("20s") Duration sendTimeout) {
}
