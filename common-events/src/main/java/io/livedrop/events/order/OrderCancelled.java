package io.livedrop.events.order;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record OrderCancelled(UUID orderId, UUID userId, CancelReason reason, Instant cancelledAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
