package io.livedrop.events.drop;

import io.livedrop.events.Money;
import java.util.UUID;

/** One product of a drop: how many are for sale and at what price. */
public record DropItem(UUID productId, int quantity, Money unitPrice) {
}
