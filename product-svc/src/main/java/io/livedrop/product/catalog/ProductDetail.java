package io.livedrop.product.catalog;

import io.livedrop.product.inventory.InventoryView;
import io.livedrop.product.media.MediaView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A product with its inventory, as {@code GET /products/{id}} answers. */
record ProductDetail(
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
        List<MediaView> media,
        InventoryView inventory) {

    static ProductDetail of(ProductView view, InventoryView inventory) {
        return new ProductDetail(view.id(), view.creatorId(), view.title(), view.description(), view.price(),
                view.category(), view.tags(), view.archived(), view.createdAt(), view.updatedAt(), view.media(),
                inventory);
    }
}
