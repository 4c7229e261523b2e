package io.livedrop.product.inventory;

/** What product.stock-changed last said of a product: its totals, under this version. */
record AnnouncedStock(long version, StockTotals totals) {

    /** The announcement of {@code current}, or null when it says nothing new. */
    AnnouncedStock next(StockTotals current) {
        return current.equals(totals) ? null : new AnnouncedStock(version + 1, current);
    }
}
