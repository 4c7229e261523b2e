package io.livedrop.events.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often a failing record is retried before it is parked ({@code livedrop.events.inbox.*}). */
@ConfigurationProperties("livedrop.events.inbox")
public record InboxProperties(
        @DefaultValue("3") int retries,
        @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("2s") Duration maxBackoff) {
}
