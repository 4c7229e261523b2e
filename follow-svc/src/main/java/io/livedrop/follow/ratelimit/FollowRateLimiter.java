package io.livedrop.follow.ratelimit;

import java.util.List;
import java.util.UUID;

import io.livedrop.redis.LuaScripts;
import io.livedrop.web.problem.ProblemException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Limits how often one user may follow or unfollow, in Redis so that every instance shares the count. */
@Component
public class FollowRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(FollowRateLimiter.class);

    private static final RedisScript<Long> SCRIPT = LuaScripts.returningLong("redis/rate-limit.lua");

    private final StringRedisTemplate redis;
    private final RateLimit limit;

    FollowRateLimiter(StringRedisTemplate redis, RateLimitProperties properties) {
        this.redis = redis;
        this.limit = properties.rateLimit();
    }

    static String key(UUID userId) {
        return "ld:follow:rate:{" + userId + "}";
    }

    /** Counts one follow or unfollow of the user; 429 {@code rate-limited} with Retry-After when over the limit. */
    public void acquire(UUID userId) {
        Long waitMillis;
        try {
            waitMillis = redis.execute(SCRIPT, List.of(key(userId)),
                    Long.toString(limit.emissionIntervalMillis()), Long.toString(limit.burstToleranceMillis()));
        }
        catch (RedisConnectionFailureException | QueryTimeoutException ex) {
            // The limit protects the service, it is not a rule about follows: without Redis, let it through.
            log.warn("Follow rate limit not checked, Redis unavailable: {}", ex.toString());
            return;
        }
        if (waitMillis != null && waitMillis > 0) {
            ProblemException problem = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many follows and unfollows; try again later.");
            problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(RateLimit.retryAfterSeconds(waitMillis)));
            throw problem;
        }
    }
}
