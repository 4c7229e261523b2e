package io.livedrop.events.order;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record StockReleased(UUID orderId, UUID dropId, UUID productId, int quantity, String reason, Instant releasedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return orderId.toString();
    }
}
