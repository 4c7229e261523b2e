package io.livedrop.follow.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.follow.FollowServiceHarness;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class FollowRateLimitIT extends FollowServiceHarness {

    /** application.yml: 30 follows and unfollows per minute. */
    private static final int LIMIT = 30;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void followsAndUnfollowsBeyondTheLimitAre429RateLimitedWithRetryAfter() {
        String path = "/api/v1/creators/" + aCreator() + "/followers/me";
        UUID fanId = UuidV7.next();

        List<Integer> withinLimit = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            withinLimit.add((i % 2 == 0 ? put(path, fan(fanId)) : delete(path, fan(fanId))).status());
        }
        // The limit refills one request per 2 s, so a slow run may get one or two more through.
        Response limited = null;
        for (int i = 0; i < 3 && limited == null; i++) {
            Response response = put(path, fan(fanId));
            limited = response.status() == 429 ? response : null;
        }

        assertThat(withinLimit).containsOnly(204);
        assertThat(limited).as("a request beyond the limit").isNotNull();
        assertThat(limited.problemType()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, 60L);
        assertThat(redis.getExpire("ld:follow:rate:{" + fanId + "}")).as("a rate key has a TTL").isPositive();
    }

    @Test
    void theLimitIsPerUser() {
        String path = "/api/v1/creators/" + aCreator() + "/followers/me";
        UUID busyFan = UuidV7.next();
        for (int i = 0; i < LIMIT + 3; i++) {
            put(path, fan(busyFan));
        }

        assertThat(put(path, fan(busyFan)).status()).isEqualTo(429);
        assertThat(put(path, fan(UuidV7.next())).status()).isEqualTo(204);
    }
}
