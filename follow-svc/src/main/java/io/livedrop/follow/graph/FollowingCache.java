package io.livedrop.follow.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.redis.LuaScripts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The set of creators each user follows, in Redis, for "am I following". A cached set always holds
 * {@link #CACHED}, so a missing key (expired, evicted, lost) reads as "not cached" rather than "follows
 * nobody", and is rebuilt from Postgres. Follows and unfollows update a cached set after they commit;
 * the rebuild token keeps a rebuild that read Postgres before such a commit from writing a stale set.
 * The set and its token share the hash tag {@code {userId}}, as the scripts touch both.
 */
@Component
class FollowingCache {

    private static final Logger log = LoggerFactory.getLogger(FollowingCache.class);

    /** Not a creator id: marks a set as cached. */
    static final String CACHED = "cached";

    private static final RedisScript<Long> APPLY = LuaScripts.returningLong("redis/following-apply.lua");
    private static final RedisScript<Long> REBUILD = LuaScripts.returningLong("redis/following-rebuild.lua");

    /** Longer than any Postgres read of one user's follows. */
    private static final Duration REBUILD_WINDOW = Duration.ofSeconds(30);

    private final StringRedisTemplate redis;
    private final Duration ttl;

    FollowingCache(StringRedisTemplate redis, FollowingCacheProperties properties) {
        this.redis = redis;
        this.ttl = properties.ttl();
    }

    static String key(UUID userId) {
        return "ld:follow:following:{" + userId + "}";
    }

    static String rebuildKey(UUID userId) {
        return "ld:follow:following-rebuild:{" + userId + "}";
    }

    /** Whether the user follows the creator; empty when the user's set is not cached or Redis is away. */
    Optional<Boolean> isFollowing(UUID userId, UUID creatorId) {
        try {
            Map<Object, Boolean> members = redis.opsForSet().isMember(key(userId), CACHED, creatorId.toString());
            if (members == null || !Boolean.TRUE.equals(members.get(CACHED))) {
                return Optional.empty();
            }
            return Optional.of(Boolean.TRUE.equals(members.get(creatorId.toString())));
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            log.warn("Following cache unavailable, reading Postgres: {}", ex.toString());
            return Optional.empty();
        }
    }

    /** Claims the rebuild of a user's set; call before reading Postgres. Empty if Redis is away. */
    Optional<String> startRebuild(UUID userId) {
        String token = UUID.randomUUID().toString();
        try {
            redis.opsForValue().set(rebuildKey(userId), token, REBUILD_WINDOW);
            return Optional.of(token);
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            log.warn("Following cache of {} not rebuilt: {}", userId, ex.toString());
            return Optional.empty();
        }
    }

    /** Writes the set read from Postgres, unless a follow or unfollow committed since {@link #startRebuild}. */
    void finishRebuild(UUID userId, String token, List<UUID> creatorIds) {
        List<String> arguments = new ArrayList<>(creatorIds.size() + 3);
        arguments.add(token);
        arguments.add(Long.toString(ttl.toSeconds()));
        arguments.add(CACHED);
        creatorIds.forEach(id -> arguments.add(id.toString()));
        try {
            redis.execute(REBUILD, List.of(key(userId), rebuildKey(userId)), arguments.toArray());
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            log.warn("Following cache of {} not rebuilt: {}", userId, ex.toString());
        }
    }

    void followed(UUID userId, UUID creatorId) {
        apply(userId, "add", creatorId);
    }

    void unfollowed(UUID userId, UUID creatorId) {
        apply(userId, "remove", creatorId);
    }

    private void apply(UUID userId, String change, UUID creatorId) {
        try {
            redis.execute(APPLY, List.of(key(userId), rebuildKey(userId)), change, creatorId.toString());
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            log.warn("Following cache of {} may be stale until it expires: {}", userId, ex.toString());
        }
    }
}
