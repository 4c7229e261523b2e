package io.livedrop.product.inventory;

import java.util.UUID;

/** A product's units in one drop. */
public record DropStockView(UUID dropId, int dropped, int sold, int remaining) {
}
