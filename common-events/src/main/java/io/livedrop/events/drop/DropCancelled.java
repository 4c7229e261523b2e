package io.livedrop.events.drop;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record DropCancelled(UUID dropId, UUID creatorId, String reason, Instant cancelledAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dropId.toString();
    }
}
