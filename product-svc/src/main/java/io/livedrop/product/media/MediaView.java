package io.livedrop.product.media;

import java.util.UUID;

/** An attached image as clients see it, with a URL they can fetch it from. */
public record MediaView(UUID mediaId, String url, String contentType, long sizeBytes) {
}
