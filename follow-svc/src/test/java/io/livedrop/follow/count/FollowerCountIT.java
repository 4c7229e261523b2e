package io.livedrop.follow.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.livedrop.events.UuidV7;
import io.livedrop.events.follow.FollowerCountUpdated;
import io.livedrop.follow.FollowEvents;
import io.livedrop.follow.FollowServiceHarness;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class FollowerCountIT extends FollowServiceHarness {

    private static final int FANS = 200;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void concurrentFollowsByManyUsersAreCountedExactlyWithFewerCountEventsThanFollows() throws Exception {
        UUID creatorId = aCreator();
        try (FollowEvents events = FollowEvents.open()) {
            long started = System.nanoTime();
            List<Integer> statuses = followConcurrently(creatorId, FANS);
            assertThat(statuses).containsOnly(204);

            assertThat(postgresCount(creatorId)).isEqualTo(FANS);
            assertThat(followRows(creatorId)).isEqualTo(FANS);
            assertThat(counterSlots(creatorId)).as("the follows spread over several counter rows").isGreaterThan(1);
            events.await(FollowerCountUpdated.class,
                    updated -> updated.creatorId().equals(creatorId) && updated.followerCount() == FANS, EVENTUALLY);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

            assertThat(redis.opsForValue().get(countKey(creatorId))).isEqualTo(Integer.toString(FANS));
            assertThat(followerCount(creatorId)).isEqualTo(FANS);
            // Coalesced: about one per publishing round (1 s) while the follows came in, not one per follow.
            assertThat(events.about(creatorId, FollowerCountUpdated.class))
                    .hasSizeLessThan(FANS)
                    .hasSizeLessThanOrEqualTo((int) seconds + 2);
        }
    }

    @Test
    void countIsRebuiltFromPostgresWhenTheCachedCountIsLost() {
        UUID creatorId = aCreator();
        UUID fanId = UuidV7.next();
        put("/api/v1/creators/" + creatorId + "/followers/me", fan(fanId));
        await().atMost(EVENTUALLY).until(() -> followerCount(creatorId) == 1);

        redis.delete(countKey(creatorId));

        assertThat(followerCount(creatorId)).isEqualTo(1);
        assertThat(redis.getExpire(countKey(creatorId))).as("a cache key has a TTL").isPositive();
    }

    @Test
    void unfollowLowersTheCount() {
        UUID creatorId = aCreator();
        List<UUID> fans = List.of(UuidV7.next(), UuidV7.next());
        fans.forEach(fanId -> put("/api/v1/creators/" + creatorId + "/followers/me", fan(fanId)));
        delete("/api/v1/creators/" + creatorId + "/followers/me", fan(fans.getFirst()));

        assertThat(postgresCount(creatorId)).isEqualTo(1);
        await().atMost(EVENTUALLY).until(() -> followerCount(creatorId) == 1);
    }

    @Test
    void followerCountOfAnUnknownCreatorIs404() {
        assertThat(get("/api/v1/creators/" + UuidV7.next() + "/follower-count").status()).isEqualTo(404);
    }

    private List<Integer> followConcurrently(UUID creatorId, int fans) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> results = IntStream.range(0, fans)
                    .mapToObj(i -> threads.submit(() -> put("/api/v1/creators/" + creatorId + "/followers/me",
                            fan(UuidV7.next())).status()))
                    .toList();
            return results.stream().map(result -> {
                try {
                    return result.get();
                }
                catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            }).toList();
        }
    }

    private long followerCount(UUID creatorId) {
        Response response = get("/api/v1/creators/" + creatorId + "/follower-count");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("creatorId").asString()).isEqualTo(creatorId.toString());
        return response.json().get("followerCount").asLong();
    }

    private long postgresCount(UUID creatorId) {
        return jdbc.sql("SELECT SUM(followers) FROM follower_count_slot WHERE creator_id = ?")
                .param(creatorId).query(Long.class).single();
    }

    private long followRows(UUID creatorId) {
        return jdbc.sql("SELECT count(*) FROM follow WHERE creator_id = ?").param(creatorId).query(Long.class).single();
    }

    private long counterSlots(UUID creatorId) {
        return jdbc.sql("SELECT count(*) FROM follower_count_slot WHERE creator_id = ?")
                .param(creatorId).query(Long.class).single();
    }

    private static String countKey(UUID creatorId) {
        return "ld:follow:count:{" + creatorId + "}";
    }
}
