package io.livedrop.events.drop;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record DropStarted(UUID dropId, UUID creatorId, String title, Instant startedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dropId.toString();
    }
}
