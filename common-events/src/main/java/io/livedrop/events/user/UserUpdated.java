package io.livedrop.events.user;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record UserUpdated(UUID userId, String displayName, Set<String> roles, NotificationPreferences preferences, Instant updatedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return userId.toString();
    }
}
