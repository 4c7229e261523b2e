package io.livedrop.product.inventory;

import java.util.UUID;

/** One row of {@code drop_stock}. */
record DropStock(UUID productId, UUID dropId, StockLevel level, boolean cancelled, boolean stockLowPublished) {

    /** Whether this level calls for product.stock-low now: low, in a live plan, not announced yet. */
    boolean needsStockLowAlert(int percent) {
        return !cancelled && !stockLowPublished && level.isLow(percent);
    }
}
