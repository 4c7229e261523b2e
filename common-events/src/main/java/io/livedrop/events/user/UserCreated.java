package io.livedrop.events.user;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record UserCreated(UUID userId, String email, String displayName, Set<String> roles, Instant createdAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return userId.toString();
    }
}
