package io.livedrop.events.drop;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record DropEnded(UUID dropId, UUID creatorId, Instant endedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dropId.toString();
    }
}
