package io.livedrop.drop.listing;

import io.livedrop.events.Money;
import java.util.UUID;

/**
 * One product of a drop as clients see it.
 *
 * @param remaining what order-svc has not reserved for orders; the full quantity until the sale begins
 */
public record ItemView(UUID productId, int quantity, int remaining, Money unitPrice) {
}
