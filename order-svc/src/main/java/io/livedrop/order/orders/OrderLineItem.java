package io.livedrop.order.orders;

import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.events.order.OrderLine;

/** One line of an order, priced when the order was placed. */
public record OrderLineItem(UUID dropId, UUID productId, int quantity, Money unitPrice) {

    public OrderLine toEvent() {
        return new OrderLine(dropId, productId, quantity, unitPrice);
    }
}
