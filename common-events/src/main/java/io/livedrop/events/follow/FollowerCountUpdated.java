package io.livedrop.events.follow;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record FollowerCountUpdated(UUID creatorId, long followerCount, Instant countedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return creatorId.toString();
    }
}
