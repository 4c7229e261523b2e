package io.livedrop.product.media;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The attached media of products, with URLs clients can fetch them from. */
@Component
public class MediaLinks {

    private final MediaRepository media;
    private final ObjectStore store;
    private final MediaProperties properties;

    MediaLinks(MediaRepository media, ObjectStore store, MediaProperties properties) {
        this.media = media;
        this.store = store;
        this.properties = properties;
    }

    public List<MediaView> of(UUID productId) {
        return of(List.of(productId)).getOrDefault(productId, List.of());
    }

    /** Media per product; a product without media has no entry. */
    public Map<UUID, List<MediaView>> of(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return media.attachedTo(productIds).stream().collect(Collectors.groupingBy(MediaRow::productId,
                LinkedHashMap::new, Collectors.mapping(this::view, Collectors.toList())));
    }

    /**
     * Whether every URL handed out works for longer than {@code period}, so that a copy of it
     * kept that long (a cache entry) never holds a dead link.
     */
    public boolean urlsOutlive(Duration period) {
        return properties.hasPublicBaseUrl() || properties.downloadUrlTtl().compareTo(period) > 0;
    }

    MediaView view(MediaRow row) {
        return new MediaView(row.id(), url(row.objectKey()), row.contentType(), row.sizeBytes());
    }

    private String url(String objectKey) {
        if (properties.hasPublicBaseUrl()) {
            return publicUrl(properties.publicBaseUrl(), objectKey);
        }
        return store.presignDownload(objectKey, properties.downloadUrlTtl()).toString();
    }

    /** The object's address behind a CDN whose origin is the bucket. */
    static String publicUrl(String baseUrl, String objectKey) {
        return baseUrl.replaceAll("/+$", "") + "/" + objectKey;
    }
}
