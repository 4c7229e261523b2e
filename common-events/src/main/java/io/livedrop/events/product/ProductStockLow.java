package io.livedrop.events.product;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

public record ProductStockLow(UUID productId, UUID dropId, long remaining, Instant observedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return productId.toString();
    }
}
