package io.livedrop.product.catalog;

import io.livedrop.product.media.MediaView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product as clients see it in lists, and as the detail cache keeps it. */
record ProductView(
        UUID id,
        UUID creatorId,
        String title,
        String description,
        Price price,
        String category,
        List<String> tags,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        List<MediaView> media) {

    static ProductView of(Product product, List<MediaView> media) {
        return new ProductView(product.id(), product.creatorId(), product.title(), product.description(),
                product.price(), product.category().slug(), product.tags(), product.archived(), product.createdAt(),
                product.updatedAt(), media);
    }
}
