package io.livedrop.product.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.web.problem.FieldViolation;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {

    private static final long MAX = 10 * 1024 * 1024;

    private final UploadPolicy policy = new UploadPolicy(MAX);

    @Test
    void webImagesUpToTheLimitAreAccepted() {
        for (String type : new String[] {"image/jpeg", "image/png", "image/webp", "image/gif"}) {
            assertThat(policy.violation(type, MAX)).as(type).isEmpty();
        }
    }

    @Test
    void otherContentTypesAreRefusedNamingTheField() {
        assertThat(policy.violation("image/svg+xml", 100)).map(FieldViolation::field).contains("contentType");
        assertThat(policy.violation("application/pdf", 100)).map(FieldViolation::field).contains("contentType");
        assertThat(policy.violation("IMAGE/PNG", 100)).map(FieldViolation::field).contains("contentType");
    }

    @Test
    void oversizedOrEmptyUploadsAreRefusedNamingTheSize() {
        assertThat(policy.violation("image/png", MAX + 1)).map(FieldViolation::field).contains("sizeBytes");
        assertThat(policy.violation("image/png", 0)).map(FieldViolation::field).contains("sizeBytes");
    }

    @Test
    void storedObjectMustNotExceedWhatWasAnnounced() {
        assertThat(policy.accepts(1000, 1000)).isTrue();
        assertThat(policy.accepts(1000, 999)).isTrue();
        assertThat(policy.accepts(1000, 1001)).isFalse();
        assertThat(policy.accepts(MAX + 10, MAX + 1)).isFalse();
        assertThat(policy.accepts(1000, 0)).isFalse();
    }
}
