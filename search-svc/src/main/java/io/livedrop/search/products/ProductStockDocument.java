package io.livedrop.search.products;

import java.util.UUID;

import io.livedrop.events.product.ProductStockChanged;

/**
 * A product's units over its drops, in an index of its own: product.stock-changed carries a version
 * per product that orders these documents, while product documents are ordered by event time. One
 * document written under both would let a stock change look newer than the product's next edit.
 */
record ProductStockDocument(String productId, long dropped, long sold, long remaining, boolean soldOut) {

    static ProductStockDocument of(ProductStockChanged changed) {
        return of(changed.productId(), changed.dropped(), changed.sold(), changed.remaining());
    }

    static ProductStockDocument of(UUID productId, long dropped, long sold, long remaining) {
        return new ProductStockDocument(productId.toString(), dropped, sold, remaining, dropped > 0 && remaining == 0);
    }

    /** Whether any drop offers the product: when none does, search shows no stock for it. */
    boolean offered() {
        return dropped > 0;
    }
}
