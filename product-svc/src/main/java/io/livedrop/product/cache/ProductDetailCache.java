package io.livedrop.product.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product details in Redis as JSON, one key per product with a TTL. Redis is only a cache: when it
 * is away, reads go to Postgres and nothing fails. A read that loaded a product just before a
 * change may store that copy just after the change's eviction; the TTL bounds how long it is served.
 */
@Component
public class ProductDetailCache {

    private static final Logger log = LoggerFactory.getLogger(ProductDetailCache.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration ttl;

    ProductDetailCache(StringRedisTemplate redis, JsonMapper json, CacheProperties properties) {
        this.redis = redis;
        this.json = json;
        this.ttl = properties.productDetailTtl();
    }

    static String key(UUID productId) {
        return "ld:product:detail:{" + productId + "}";
    }

    public Duration ttl() {
        return ttl;
    }

    /** Empty when not cached, unreadable (an older shape) or when Redis cannot be reached. */
    public <T> Optional<T> get(UUID productId, Class<T> type) {
        String cached;
        try {
            cached = redis.opsForValue().get(key(productId));
        }
        catch (RedisConnectionFailureException | QueryTimeoutException e) {
            log.warn("Product cache unavailable, reading Postgres: {}", e.toString());
            return Optional.empty();
        }
        if (cached == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(cached, type));
        }
        catch (JacksonException e) {
            log.warn("Ignoring an unreadable cached detail of product {}: {}", productId, e.getOriginalMessage());
            return Optional.empty();
        }
    }

    public void put(UUID productId, Object detail) {
        try {
            redis.opsForValue().set(key(productId), json.writeValueAsString(detail), ttl);
        }
        catch (RedisConnectionFailureException | QueryTimeoutException e) {
            log.warn("Detail of product {} not cached: {}", productId, e.toString());
        }
    }

    /** Throws when Redis is away, so the caller can retry: a missed eviction serves a stale copy. */
    void evict(UUID productId) {
        redis.delete(key(productId));
    }
}
