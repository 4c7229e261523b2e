package io.livedrop.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What to tell a set of users about one source event: the same text for each of them.
 *
 * @param sourceEventId the event that caused it; with the user id, it makes the notification unique
 * @param eventTime when that event happened, where delivery latency counts from; null in a work item
 *        planned by a build from before it was carried
 */
public record Notification(UUID sourceEventId, Instant eventTime, String type, String title, String body,
        Map<String, Object> data) {

    public Notification {
        data = Map.copyOf(data);
    }

    /**
     * The id of {@code userId}'s inbox row for this notification, known before the row is written, so that
     * a socket told first carries the id the row will have (one row per user and source event).
     */
    public UUID inboxIdFor(UUID userId) {
        return UUID.nameUUIDFromBytes((sourceEventId + "/" + userId).getBytes(StandardCharsets.UTF_8));
    }
}
