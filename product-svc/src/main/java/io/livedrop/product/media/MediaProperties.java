package io.livedrop.product.media;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code livedrop.media.*}.
 *
 * @param s3 the object store
 * @param maxSize the largest image a creator may upload
 * @param uploadUrlTtl how long a presigned upload URL works
 * @param downloadUrlTtl how long a presigned download URL works
 * @param publicBaseUrl a CDN (or public bucket) in front of the store; when set, media URLs are
 *        {@code <base>/<object key>} and unsigned; blank for presigned download URLs
 */
@ConfigurationProperties("livedrop.media")
record MediaProperties(
        S3 s3,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("10m") Duration uploadUrlTtl,
        @DefaultValue("1h") Duration downloadUrlTtl,
        String publicBaseUrl) {

    /** The longest a SigV4 presigned URL may live. */
    static final Duration MAX_PRESIGN = Duration.ofDays(7);

    MediaProperties {
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("livedrop.media.max-size must be positive");
        }
        requirePresignable("upload-url-ttl", uploadUrlTtl);
        requirePresignable("download-url-ttl", downloadUrlTtl);
    }

    boolean hasPublicBaseUrl() {
        return publicBaseUrl != null && !publicBaseUrl.isBlank();
    }

    /**
     * @param endpoint the store's URL, e.g. {@code http://127.0.0.1:9000}; clients use the presigned
     *        URLs built on it, so it must be reachable by them
     */
    record S3(URI endpoint, @DefaultValue("us-east-1") String region, String accessKey, String secretKey,
            String bucket) {
    }

    private static void requirePresignable(String name, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_PRESIGN) > 0) {
            throw new IllegalArgumentException("livedrop.media." + name + " must be between 1s and 7 days");
        }
    }
}
