package io.livedrop.product.media;

import java.time.Instant;
import java.util.UUID;

/**
 * Where to PUT the image: with exactly the announced {@code Content-Type} and size, before
 * {@code expiresAt}; then confirm with {@code POST .../media/{mediaId}/complete}.
 */
record UploadSlot(UUID mediaId, String uploadUrl, Instant expiresAt) {
}
