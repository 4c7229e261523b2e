package io.livedrop.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.livedrop.redis.LuaScripts;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every gateway instance. The script is sent by its SHA-1
 * (EVALSHA); Spring falls back to EVAL on NOSCRIPT, which loads it again after a Redis restart.
 */
final class TokenBuckets {

    private static final RedisScript<Long> SCRIPT =
            LuaScripts.returningLong("ratelimit/token-bucket.lua");

    private final ReactiveStringRedisTemplate redis;

    TokenBuckets(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Takes a token from each bucket, or from none.
     *
     * @return empty when the request may pass, else how long until it would
     */
    Mono<Duration> take(List<Charge> charges) {
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (Charge charge : charges) {
            keys.add(charge.key());
            args.add(Integer.toString(charge.bucket().capacity()));
            args.add(Double.toString(charge.bucket().refillPerSecond()));
        }
        return redis.execute(SCRIPT, keys, args).next()
                .filter(waitMillis -> waitMillis > 0)
                .map(Duration::ofMillis);
    }

    /** One bucket to charge: its Redis key and its shape. */
    record Charge(String key, RateLimitProperties.Bucket bucket) {
    }
}
