package io.livedrop.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import io.livedrop.redis.LuaScripts;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import reactor.core.publisher.Mono;

/**
 * Shuts logins from an address after too many failed ones in a row, for a cool-down. The token
 * buckets slow a password-guessing client down; this stops it.
 */
final class LoginLockout {

    private static final RedisScript<Long> RECORD_FAILURE =
            LuaScripts.returningLong("ratelimit/login-failure.lua");

    private final ReactiveStringRedisTemplate redis;

    private final RateLimitProperties.Lockout settings;

    LoginLockout(ReactiveStringRedisTemplate redis, RateLimitProperties.Lockout settings) {
        this.redis = redis;
        this.settings = settings;
    }

    /** @return how long logins from this address stay shut; empty when they are open */
    Mono<Duration> remaining(String address) {
        return redis.getExpire(lockKey(address)).filter(ttl -> ttl.toMillis() > 0);
    }

    Mono<Void> recordFailure(String address) {
        return redis.execute(RECORD_FAILURE, List.of(failuresKey(address), lockKey(address)),
                        List.of(Integer.toString(settings.maxFailures()), Long.toString(settings.coolDown().toMillis())))
                .then();
    }

    /** A successful login ends the run of failures. */
    Mono<Void> reset(String address) {
        return redis.delete(failuresKey(address)).then();
    }

    private static String failuresKey(String address) {
        return "ld:gateway:login:{ip:" + address + "}:failures";
    }

    private static String lockKey(String address) {
        return "ld:gateway:login:{ip:" + address + "}:lock";
    }
}
