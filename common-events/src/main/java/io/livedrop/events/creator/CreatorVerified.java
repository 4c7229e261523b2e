package io.livedrop.events.creator;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record CreatorVerified(UUID creatorId, UUID userId, boolean approved, String reason, Instant decidedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return creatorId.toString();
    }
}
