package io.livedrop.events.follow;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record FollowRemoved(UUID creatorId, UUID userId, Instant removedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return creatorId.toString();
    }
}
