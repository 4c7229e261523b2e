package io.livedrop.product.inventory;

import java.util.UUID;

/** A product in the internal stock listing: the totals product.stock-changed last announced, under their version. */
record ListedStock(UUID productId, long dropped, long sold, long remaining, long version) {
}
