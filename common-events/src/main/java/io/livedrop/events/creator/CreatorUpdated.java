package io.livedrop.events.creator;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record CreatorUpdated(UUID creatorId, UUID userId, String handle, String displayName, String bio, boolean verified, Instant updatedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return creatorId.toString();
    }
}
