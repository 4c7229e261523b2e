package io.livedrop.product.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.cache.*}.
 *
 * @param productDetailTtl how long a product's detail stays in Redis; invalidation normally removes
 *        it sooner, the TTL bounds how long a missed invalidation can serve a stale copy
 */
@ConfigurationProperties("livedrop.cache")
record CacheProperties(@DefaultValue("5m") Duration productDetailTtl) {

    CacheProperties {
        if (productDetailTtl.isNegative() || productDetailTtl.isZero()) {
            throw new IllegalArgumentException("livedrop.cache.product-detail-ttl must be positive");
        }
    }
}
