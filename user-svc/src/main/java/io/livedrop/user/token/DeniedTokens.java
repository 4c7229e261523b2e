package io.livedrop.user.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Access tokens revoked before their expiry (by logout), kept in Redis until they would have expired
 * anyway. The key is a contract with the gateway, which refuses the same tokens:
 * {@code ld:user:revoked-jti:<jti>} = {@code "1"}, with the token's remaining lifetime as TTL.
 */
public class DeniedTokens {

    static final String KEY_PREFIX = "ld:user:revoked-jti:";

    private final StringRedisTemplate redis;
    private final Clock clock;

    DeniedTokens(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Refuses the token with this {@code jti} from now until {@code expiresAt}. */
    public void deny(String tokenId, Instant expiresAt) {
        Duration remaining = Duration.between(clock.instant(), expiresAt);
        if (remaining.isPositive()) {
            redis.opsForValue().set(KEY_PREFIX + tokenId, "1", remaining);
        }
    }

    boolean isDenied(String tokenId) {
        return Boolean.TRUE.equals(redis.hasKey(KEY_PREFIX + tokenId));
    }
}
