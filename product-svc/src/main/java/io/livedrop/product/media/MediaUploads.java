package io.livedrop.product.media;

import io.livedrop.events.UuidV7;
import io.livedrop.web.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploads straight from the client to the object store: the service hands out a presigned URL
 * and, once the client says it is done, checks that the object really is there before attaching it.
 * The image bytes never pass through here.
 */
@Service
class MediaUploads {

    private final ProductAccess products;
    private final MediaRepository media;
    private final ObjectStore store;
    private final MediaLinks links;
    private final MediaProperties properties;
    private final UploadPolicy policy;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MediaUploads(ProductAccess products, MediaRepository media, ObjectStore store, MediaLinks links,
            MediaProperties properties, TransactionTemplate transactions, Clock clock) {
        this.products = products;
        this.media = media;
        this.store = store;
        this.links = links;
        this.properties = properties;
        this.policy = new UploadPolicy(properties.maxSize().toBytes());
        this.transactions = transactions;
        this.clock = clock;
    }

    UploadSlot start(UUID productId, UUID callerId, UploadRequest request) {
        policy.violation(request.contentType(), request.sizeBytes()).ifPresent(violation -> {
            throw ProblemException.invalid(violation.field(), violation.message());
        });
        UUID mediaId = UuidV7.next();
        MediaRow pending = new MediaRow(mediaId, productId, MediaRow.objectKey(productId, mediaId),
                request.contentType(), request.sizeBytes(), null, now(), null);
        transactions.executeWithoutResult(status -> {
            products.lockEditable(productId, callerId);
            media.insert(pending);
        });
        ObjectStore.PresignedUpload upload = store.presignUpload(pending.objectKey(), pending.contentType(),
                pending.declaredSize(), properties.uploadUrlTtl());
        return new UploadSlot(mediaId, upload.url().toString(), upload.expiresAt());
    }

    /** Attaches the uploaded object; confirming an attached one again answers the same. */
    MediaView complete(UUID productId, UUID mediaId, UUID callerId) {
        MediaRow row = transactions.execute(status -> {
            products.lockEditable(productId, callerId);
            return media.find(productId, mediaId).orElseThrow(() -> ProblemException.notFound(
                    "Product " + productId + " has no media " + mediaId + "."));
        });
        if (row.attached()) {
            return links.view(row);
        }
        // Asked of the store outside any transaction: no row stays locked during the round trip.
        long size = store.sizeOf(row.objectKey()).orElseThrow(() -> ProblemException.conflict("media-not-uploaded",
                "Nothing was uploaded for media " + mediaId + " yet: PUT the image to its upload URL first."));
        if (!policy.accepts(row.declaredSize(), size)) {
            store.delete(row.objectKey());
            throw ProblemException.unprocessable("media-too-large", "The uploaded object has " + size
                    + " bytes, more than the " + row.declaredSize() + " announced or the limit; it was removed.");
        }
        transactions.executeWithoutResult(status -> {
            products.lockEditable(productId, callerId);
            if (media.attach(mediaId, size, now())) {
                products.mediaChanged(productId);
            }
        });
        return links.view(media.find(productId, mediaId).orElseThrow());
    }

    // Postgres keeps microseconds: what is read back equals what was written.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
