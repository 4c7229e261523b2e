package io.livedrop.product.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product in the internal full listing: its searchable fields, archived ones included, without media. */
record ProductSummary(UUID id, UUID creatorId, String title, String description, Price price, String category,
        List<String> tags, boolean archived, Instant createdAt, Instant updatedAt) {

    static ProductSummary of(Product product) {
        return new ProductSummary(product.id(), product.creatorId(), product.title(), product.description(),
                product.price(), product.category().slug(), product.tags(), product.archived(), product.createdAt(),
                product.updatedAt());
    }
}
