package io.livedrop.product.media;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** The bucket that holds product media: presigned URLs for clients, and the checks of what arrived. */
@Component
class ObjectStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    ObjectStore(S3Client s3, S3Presigner presigner, MediaProperties properties) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = properties.s3().bucket();
    }

    /**
     * A URL that accepts one PUT of exactly this content type and length until it expires: both are
     * signed headers, so the store itself refuses another type or size.
     */
    PresignedUpload presignUpload(String key, String contentType, long sizeBytes, Duration ttl) {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(ttl)
                .putObjectRequest(put -> put.bucket(bucket).key(key).contentType(contentType)
                        .contentLength(sizeBytes)));
        return new PresignedUpload(uri(presigned.url()), presigned.expiration());
    }

    URI presignDownload(String key, Duration ttl) {
        return uri(presigner.presignGetObject(request -> request
                .signatureDuration(ttl)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url());
    }

    /** The size of the stored object; empty if nothing was uploaded under the key. */
    Optional<Long> sizeOf(String key) {
        try {
            return Optional.of(s3.headObject(head -> head.bucket(bucket).key(key)).contentLength());
        }
        catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    void delete(String key) {
        s3.deleteObject(delete -> delete.bucket(bucket).key(key));
    }

    private static URI uri(URL url) {
        try {
            return url.toURI();
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException("the S3 presigner built an invalid URL", e);
        }
    }

    record PresignedUpload(URI url, Instant expiresAt) {
    }
}
