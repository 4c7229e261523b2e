package io.livedrop.follow.count;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.RedisStringCommands.SetOption;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.stereotype.Component;

/**
 * Follower counts in Redis, one key per creator. Only the publisher overwrites a key, at most once
 * per round, so a follow storm never makes a celebrity's key hot with writes; a read that misses
 * fills the key from Postgres only if the publisher has not written it meanwhile.
 */
@Component
class FollowerCountCache {

    private static final Logger log = LoggerFactory.getLogger(FollowerCountCache.class);

    private final StringRedisTemplate redis;
    private final Duration ttl;

    FollowerCountCache(StringRedisTemplate redis, CountProperties properties) {
        this.redis = redis;
        this.ttl = properties.cacheTtl();
    }

    static String key(UUID creatorId) {
        return "ld:follow:count:{" + creatorId + "}";
    }

    /** Empty when not cached, or when Redis cannot be reached. */
    Optional<Long> get(UUID creatorId) {
        try {
            return Optional.ofNullable(redis.opsForValue().get(key(creatorId))).map(Long::valueOf);
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            log.warn("Follower count cache unavailable, reading Postgres: {}", ex.toString());
            return Optional.empty();
        }
    }

    /** Caches a count read from Postgres, unless a newer one was cached since. */
    void fill(UUID creatorId, long count) {
        try {
            redis.opsForValue().setIfAbsent(key(creatorId), Long.toString(count), ttl);
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            log.warn("Follower count of {} not cached: {}", creatorId, ex.toString());
        }
    }

    /** Overwrites the counts of a publishing round, in one round trip. */
    void replace(Map<UUID, Long> counts) {
        Expiration expiration = Expiration.from(ttl);
        try {
            redis.executePipelined((RedisCallback<Object>) connection -> {
                counts.forEach((creatorId, count) -> connection.stringCommands().set(
                        key(creatorId).getBytes(StandardCharsets.UTF_8),
                        Long.toString(count).getBytes(StandardCharsets.UTF_8), expiration, SetOption.upsert()));
                return null;
            });
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            // A stale count lives at most the TTL; the next change of each creator writes it again.
            log.warn("Follower counts of {} creators not cached: {}", counts.size(), ex.toString());
        }
    }
}
