package io.livedrop.search.products;

import java.util.UUID;

import io.livedrop.search.index.IndexedDocument;

/**
 * One product of product-svc's internal stock listing ({@code GET /internal/product-stock}): the totals
 * product.stock-changed last announced, under that event's version.
 */
public record ListedStock(UUID productId, long dropped, long sold, long remaining, long version) {

    public IndexedDocument document() {
        return new IndexedDocument(productId.toString(), ProductStockDocument.of(productId, dropped, sold, remaining));
    }
}
