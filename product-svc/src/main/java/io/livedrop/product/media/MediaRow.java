package io.livedrop.product.media;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code product_media}; {@code attachedAt} is null until the upload is confirmed. */
record MediaRow(UUID id, UUID productId, String objectKey, String contentType, long declaredSize, Long sizeBytes,
        Instant createdAt, Instant attachedAt) {

    boolean attached() {
        return attachedAt != null;
    }

    /** Media of a product live under its prefix, so the store can list or expire them together. */
    static String objectKey(UUID productId, UUID mediaId) {
        return "products/" + productId + "/" + mediaId;
    }
}
