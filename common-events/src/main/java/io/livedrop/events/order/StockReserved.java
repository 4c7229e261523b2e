package io.livedrop.events.order;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record StockReserved(UUID orderId, UUID dropId, UUID productId, int quantity, Instant reservedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
