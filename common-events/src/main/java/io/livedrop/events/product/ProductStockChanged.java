package io.livedrop.events.product;

import io.livedrop.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * A product's units over all its drops that were not cancelled, after a change of them (a drop
 * planned, changed or cancelled, a reservation made or released).
 *
 * @param version one more with each change of this product's stock: a consumer keeps the highest it
 *        has seen, so a late or repeated event never rolls the totals back
 */
public record ProductStockChanged(UUID productId, long dropped, long sold, long remaining, long version,
        Instant changedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return productId.toString();
    }
}
