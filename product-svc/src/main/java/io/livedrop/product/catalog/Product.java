package io.livedrop.product.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A product as stored: immutable; an edit is a new value. It belongs to a creator page
 * ({@code creatorId}); only the page's user ({@code ownerId}) changes it.
 */
record Product(
        UUID id,
        UUID creatorId,
        UUID ownerId,
        String title,
        String description,
        Price price,
        Category category,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        Instant archivedAt) {

    Product {
        tags = List.copyOf(tags);
    }

    static Product create(UUID id, UUID creatorId, UUID ownerId, String title, String description, Price price,
            Category category, List<String> tags, Instant now) {
        return new Product(id, creatorId, ownerId, title, description, price, category, tags, now, now, null);
    }

    boolean isOwnedBy(UUID user) {
        return ownerId.equals(user);
    }

    boolean archived() {
        return archivedAt != null;
    }

    /** The product with the patch applied; empty when the patch changes nothing. */
    Optional<Product> edit(ProductPatch patch, Instant now) {
        requireActive();
        Product edited = new Product(id, creatorId, ownerId,
                orElse(patch.title(), title),
                orElse(patch.description(), description),
                orElse(patch.price(), price),
                orElse(patch.category(), category),
                orElse(patch.tags(), tags),
                createdAt, updatedAt, archivedAt);
        return edited.equals(this) ? Optional.empty() : Optional.of(edited.touch(now));
    }

    /** The product archived now; an archived product stays as it was. */
    Product archive(Instant now) {
        return archived() ? this : new Product(id, creatorId, ownerId, title, description, price, category, tags,
                createdAt, now, now);
    }

    /** The product marked as changed now, for changes kept beside it such as its media. */
    Product touch(Instant now) {
        requireActive();
        return new Product(id, creatorId, ownerId, title, description, price, category, tags, createdAt, now,
                archivedAt);
    }

    private void requireActive() {
        if (archived()) {
            throw new IllegalStateException("product " + id + " is archived");
        }
    }

    private static <T> T orElse(T value, T current) {
        return value == null ? current : value;
    }
}
