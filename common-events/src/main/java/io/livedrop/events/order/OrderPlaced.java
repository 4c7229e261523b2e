package io.livedrop.events.order;

import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record OrderPlaced(UUID orderId, UUID userId, List<OrderLine> items, Money total, Instant placedAt, Instant expiresAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
