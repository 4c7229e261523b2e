package io.livedrop.events.product;

import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ProductCreated(UUID productId, UUID creatorId, String title, String description, Money price, String category, List<String> tags, Instant createdAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return productId.toString();
    }
}
