package io.livedrop.product.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MediaLinksTest {

    private static final UUID PRODUCT = UUID.fromString("0190f1a2-0000-7000-8000-000000000001");
    private static final UUID MEDIA = UUID.fromString("0190f1a2-0000-7000-8000-000000000002");

    @Test
    void objectsOfAProductShareItsPrefix() {
        assertThat(MediaRow.objectKey(PRODUCT, MEDIA)).isEqualTo("products/" + PRODUCT + "/" + MEDIA);
    }

    @Test
    void cdnUrlIsTheBaseFollowedByTheObjectKey() {
        String key = MediaRow.objectKey(PRODUCT, MEDIA);

        assertThat(MediaLinks.publicUrl("https://cdn.livedrop.io/media", key))
                .isEqualTo("https://cdn.livedrop.io/media/" + key);
        assertThat(MediaLinks.publicUrl("https://cdn.livedrop.io/media//", key))
                .isEqualTo("https://cdn.livedrop.io/media/" + key);
    }
}
