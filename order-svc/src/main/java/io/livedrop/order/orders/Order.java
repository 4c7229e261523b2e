package io.livedrop.order.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;

public record Order(UUID id, UUID userId, OrderStatus status, List<OrderLineItem> lines, Money total,
                    Instant createdAt, Instant expiresAt, String requestHash) {

    public Order {
        lines = List.copyOf(lines);
    }

    /** The total of lines in one currency; a drop prices all its items in one. */
    public static Money totalOf(List<OrderLineItem> lines) {
        Money total = new Money(0, lines.getFirst().unitPrice().currency());
        for (OrderLineItem line : lines) {
            if (!line.unitPrice().currency().equals(total.currency())) {
                throw new IllegalArgumentException("an order's lines must share one currency");
            }
            total = new Money(Math.addExact(total.amount(), line.unitPrice().times(line.quantity()).amount()),
                    total.currency());
        }
        return total;
    }
}
