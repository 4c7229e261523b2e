package io.livedrop.events.drop;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record DropScheduled(UUID dropId, UUID creatorId, String title, Instant startsAt, Instant endsAt, int perUserLimit, List<DropItem> items) implements EventPayload {

    @Override
    public String aggregateId() {
        return dropId.toString();
    }
}
