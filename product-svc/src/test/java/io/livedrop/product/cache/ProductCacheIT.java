package io.livedrop.product.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.product.ServiceIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The product detail is read from Redis until the product's own event says it changed. */
class ProductCacheIT extends ServiceIntegrationTest {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void detailIsServedFromTheCacheUntilTheProductChanges() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        String key = ProductDetailCache.key(product);
        assertThat(title(product)).isEqualTo("Stoneware mug");
        assertThat(redis.getExpire(key)).as("seconds to live").isBetween(1L, 300L);

        // Behind the service's back: no event, so the cached copy is what a read sees.
        jdbc.update("UPDATE product SET title = 'Changed in the database' WHERE id = ?", product);
        assertThat(title(product)).isEqualTo("Stoneware mug");

        api().patch("/api/v1/products/" + product, creator.token(), Map.of("title", "Glazed mug"));

        await().atMost(DELIVERY).until(() -> "Glazed mug".equals(title(product)));
    }

    @Test
    void archivingEvictsTheCachedDetail() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        assertThat(archived(product)).isFalse();

        api().delete("/api/v1/products/" + product, creator.token());

        await().atMost(DELIVERY).until(() -> archived(product));
    }

    private String title(UUID product) {
        return api().get("/api/v1/products/" + product, null).text("title");
    }

    private boolean archived(UUID product) {
        return api().get("/api/v1/products/" + product, null).json().path("archived").asBoolean();
    }
}
