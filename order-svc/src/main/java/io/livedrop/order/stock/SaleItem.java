package io.livedrop.order.stock;

import java.util.UUID;

import io.livedrop.events.Money;

/** One product of a drop with its authoritative stock; {@code sold} counts pending and paid units. */
public record SaleItem(UUID productId, int total, int sold, Money unitPrice) {

    public int left() {
        return total - sold;
    }
}
