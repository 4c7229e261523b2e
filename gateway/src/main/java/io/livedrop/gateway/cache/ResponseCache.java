package io.livedrop.gateway.cache;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cached answers in Redis: {@code ld:gateway:cache:entry:<path?query>} holds one answer with
 * its TTL; {@code ld:gateway:cache:tag:<tag>} is the set of entry keys an event must delete.
 * An entry and its tags live in different hash slots, so they are written by separate commands,
 * never by one script.
 */
@Component
@EnableConfigurationProperties(ResponseCacheProperties.class)
class ResponseCache {

    private static final String TAG_PREFIX = "ld:gateway:cache:tag:";

    private final ReactiveStringRedisTemplate redis;

    private final Duration maxTtl;

    ResponseCache(ReactiveStringRedisTemplate redis, ResponseCacheProperties properties) {
        this.redis = redis;
        this.maxTtl = properties.maxTtl();
    }

    Mono<CachedResponse> find(String key) {
        return redis.opsForValue().get(key).map(json -> JsonMapper.shared().readValue(json, CachedResponse.class));
    }

    Mono<Void> store(String key, CachedResponse response, Duration ttl, Set<String> tags) {
        Mono<Boolean> entry = redis.opsForValue().set(key, JsonMapper.shared().writeValueAsString(response), ttl);
        // A tag set outlives every entry in it, since no entry lives longer than maxTtl.
        Flux<Boolean> index = Flux.fromIterable(tags).flatMap(tag -> redis.opsForSet().add(TAG_PREFIX + tag, key)
                .then(redis.expire(TAG_PREFIX + tag, maxTtl)));
        return entry.thenMany(index).then();
    }

    /** Deletes every entry of the given tags, and the tags. */
    Mono<Long> invalidate(Collection<String> tags) {
        return Flux.fromIterable(tags)
                .flatMap(tag -> redis.opsForSet().members(TAG_PREFIX + tag).concatWithValues(TAG_PREFIX + tag))
                .collectList()
                .flatMap(keys -> redis.delete(keys.toArray(String[]::new)));
    }
}
