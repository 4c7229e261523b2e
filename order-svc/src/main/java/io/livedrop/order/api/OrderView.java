package io.livedrop.order.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.order.orders.Order;

/** An order as clients see it. */
public record OrderView(UUID id, String status, List<Item> items, Money total, Instant createdAt, Instant expiresAt) {

    public record Item(UUID dropId, UUID productId, int quantity, Money unitPrice) {
    }

    public static OrderView of(Order order) {
        return new OrderView(order.id(), order.status().name(),
                order.lines().stream()
                        .map(line -> new Item(line.dropId(), line.productId(), line.quantity(), line.unitPrice()))
                        .toList(),
                order.total(), order.createdAt(), order.expiresAt());
    }
}
