package io.livedrop.product.media;

import jakarta.validation.constraints.NotNull;

/** An upload a client is about to make; {@link UploadPolicy} says which are allowed. */
record UploadRequest(@NotNull String contentType, @NotNull Long sizeBytes) {
}
