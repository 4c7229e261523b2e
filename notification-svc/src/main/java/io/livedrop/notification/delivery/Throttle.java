package io.livedrop.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.notification.NotificationProperties;
import io.livedrop.redis.LuaScripts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/** At most N sends per user, channel and minute, counted in Redis (a gate, not a record). */
@Component
class Throttle {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final RedisScript<Long> COUNT = LuaScripts.returningLong("redis/throttle.lua");

    private final StringRedisTemplate redis;
    private final int perMinute;

    Throttle(StringRedisTemplate redis, NotificationProperties properties) {
        this.redis = redis;
        this.perMinute = properties.throttle().perMinute();
    }

    boolean allows(UUID userId, String channel, Instant now) {
        try {
            Long count = redis.execute(COUNT, List.of(key(userId, channel, now)), String.valueOf(WINDOW.toMillis()));
            return count == null || count <= perMinute;
        }
        catch (DataAccessException ex) {
            // Redis is only a gate: without it, sending unthrottled beats not sending at all.
            log.warn("Throttle unavailable, sending unthrottled: {}", ex.getMessage());
            return true;
        }
    }

    static String key(UUID userId, String channel, Instant now) {
        return "ld:notification:throttle:{user:" + userId + "}:" + channel + ":" + now.getEpochSecond() / 60;
    }
}
