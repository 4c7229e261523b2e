package io.livedrop.events.order;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record OrderConfirmed(UUID orderId, UUID userId, Instant confirmedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
