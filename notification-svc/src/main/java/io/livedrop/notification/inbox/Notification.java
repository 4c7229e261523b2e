package io.livedrop.notification.inbox;

import java.util.Map;
import java.util.UUID;

/**
 * What to tell a set of users about one source event: the same text for each of them.
 *
 * @param sourceEventId the event that caused it; with the user id, it makes the notification unique
 */
public record Notification(UUID sourceEventId, String type, String title, String body, Map<String, Object> data) {

    public Notification {
        data = Map.copyOf(data);
    }
}
