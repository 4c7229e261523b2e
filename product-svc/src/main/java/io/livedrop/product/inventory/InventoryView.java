package io.livedrop.product.inventory;

import java.util.List;

/** A product's units over all its drops that were not cancelled, and per drop. */
public record InventoryView(long dropped, long sold, long remaining, List<DropStockView> drops) {

    static InventoryView of(List<DropStockView> drops) {
        return new InventoryView(
                drops.stream().mapToLong(DropStockView::dropped).sum(),
                drops.stream().mapToLong(DropStockView::sold).sum(),
                drops.stream().mapToLong(DropStockView::remaining).sum(),
                drops);
    }

    StockTotals totals() {
        return new StockTotals(dropped, sold, remaining);
    }
}
