package io.livedrop.notification.delivery;

import java.util.UUID;

/** One notification to send on one channel, with the user's email address and phone number, where known. */
public record Outgoing(UUID notificationId, UUID userId, String email, String phoneNumber, String type, String title,
        String body, String dataJson) {
}
