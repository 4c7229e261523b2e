package io.livedrop.notification.delivery;

import java.util.UUID;

/** One notification to send on one channel; {@code email} is the address known for the user, if any. */
public record Outgoing(UUID notificationId, UUID userId, String email, String type, String title, String body,
        String dataJson) {
}
