package io.livedrop.product.media;

import io.livedrop.web.problem.FieldViolation;
import java.util.Optional;
import java.util.Set;

/** Which uploads a product accepts: web image formats, up to a size limit. */
final class UploadPolicy {

    /** Formats every browser and app shows; anything else (SVG with scripts, HEIC, ...) is refused. */
    static final Set<String> CONTENT_TYPES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

    private final long maxSize;

    UploadPolicy(long maxSize) {
        this.maxSize = maxSize;
    }

    /** What is wrong with an upload a client announces, if anything. */
    Optional<FieldViolation> violation(String contentType, long sizeBytes) {
        if (!CONTENT_TYPES.contains(contentType)) {
            return Optional.of(new FieldViolation("contentType",
                    "must be one of " + String.join(", ", CONTENT_TYPES.stream().sorted().toList())));
        }
        if (sizeBytes < 1 || sizeBytes > maxSize) {
            return Optional.of(new FieldViolation("sizeBytes", "must be from 1 to " + maxSize + " bytes"));
        }
        return Optional.empty();
    }

    /** Whether an object found in the store is within what was announced and what is allowed. */
    boolean accepts(long declaredSize, long storedSize) {
        return storedSize >= 1 && storedSize <= declaredSize && storedSize <= maxSize;
    }
}
