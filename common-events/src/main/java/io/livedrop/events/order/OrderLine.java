package io.livedrop.events.order;

import io.livedrop.events.Money;
import java.util.UUID;

/** One line of an order, priced when it was placed. */
public record OrderLine(UUID dropId, UUID productId, int quantity, Money unitPrice) {
}
