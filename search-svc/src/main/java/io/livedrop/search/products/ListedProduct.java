package io.livedrop.search.products;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.search.index.IndexedDocument;

/** One product of product-svc's internal full listing ({@code GET /internal/products}), as a rebuild reads it. */
public record ListedProduct(UUID id, UUID creatorId, String title, String description, Money price, String category,
        List<String> tags, boolean archived, Instant createdAt, Instant updatedAt) {

    /** The document, with the creator's display name (null when the creator is unknown). */
    public IndexedDocument document(String creatorName) {
        return new IndexedDocument(id.toString(), ProductDocument.of(id.toString(), creatorId.toString(), creatorName,
                title, description, price, category, tags, archived, createdAt, updatedAt));
    }
}
