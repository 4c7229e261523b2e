package io.livedrop.events.product;

import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import java.time.Instant;
import java.util.UUID;

public record ProductPriceChanged(UUID productId, UUID creatorId, Money oldPrice, Money newPrice, Instant changedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return productId.toString();
    }
}
