package io.livedrop.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/** One inbox entry as clients see it, over HTTP and WebSocket alike. */
public record NotificationItem(UUID id, String type, String title, String body, JsonNode data, Instant createdAt,
        @JsonInclude(JsonInclude.Include.ALWAYS) Instant readAt) {
}
