package io.livedrop.drop.catalog;

import io.livedrop.events.Money;
import java.util.UUID;

/** A product as product-svc last announced it: whose it is, what it costs, whether it is still sold. */
public record KnownProduct(UUID productId, UUID creatorId, Money price, boolean archived) {
}
