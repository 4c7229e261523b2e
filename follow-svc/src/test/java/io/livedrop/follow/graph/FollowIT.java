package io.livedrop.follow.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.follow.FollowEvents;
import io.livedrop.follow.FollowServiceHarness;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

class FollowIT extends FollowServiceHarness {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    FollowingCache followingCache;

    @Test
    void followingTwiceFollowsOnceAndPublishesOneEvent() {
        UUID creatorId = aCreator();
        UUID fanId = UuidV7.next();
        try (FollowEvents events = FollowEvents.open()) {
            assertThat(put(followersMe(creatorId), fan(fanId)).status()).isEqualTo(204);
            assertThat(put(followersMe(creatorId), fan(fanId)).status()).isEqualTo(204);
            assertThat(followRows(creatorId, fanId)).isEqualTo(1);

            // Events of one creator arrive in order: once the unfollow is in, a second follow event would be too.
            delete(followersMe(creatorId), fan(fanId));
            events.await(FollowRemoved.class, removed -> removed.userId().equals(fanId), EVENTUALLY);

            assertThat(events.about(creatorId, FollowAdded.class)).singleElement()
                    .satisfies(added -> assertThat(added.userId()).isEqualTo(fanId));
        }
    }

    @Test
    void unfollowingTwiceUnfollowsOnceAndPublishesOneEvent() {
        UUID creatorId = aCreator();
        UUID fanId = UuidV7.next();
        put(followersMe(creatorId), fan(fanId));
        try (FollowEvents events = FollowEvents.open()) {
            assertThat(delete(followersMe(creatorId), fan(fanId)).status()).isEqualTo(204);
            assertThat(delete(followersMe(creatorId), fan(fanId)).status()).isEqualTo(204);
            assertThat(followRows(creatorId, fanId)).isZero();

            put(followersMe(creatorId), fan(fanId));
            events.await(FollowAdded.class, added -> added.userId().equals(fanId), EVENTUALLY);

            assertThat(events.about(creatorId, FollowRemoved.class)).singleElement()
                    .satisfies(removed -> assertThat(removed.userId()).isEqualTo(fanId));
        }
    }

    @Test
    void unfollowingACreatorNeverFollowedIs204() {
        assertThat(delete(followersMe(UuidV7.next()), fan(UuidV7.next())).status()).isEqualTo(204);
    }

    @Test
    void followingYourOwnCreatorPageIs422SelfFollow() {
        UUID ownerId = UuidV7.next();
        UUID creatorId = aCreatorOwnedBy(ownerId);

        Response response = put(followersMe(creatorId), fan(ownerId));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("self-follow");
        assertThat(followRows(creatorId, ownerId)).isZero();
    }

    @Test
    void followingAnUnknownCreatorIs404() {
        Response response = put(followersMe(UuidV7.next()), fan(UuidV7.next()));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
    }

    @Test
    void followingWithoutATokenIs401() {
        assertThat(put(followersMe(aCreator()), null).status()).isEqualTo(401);
    }

    @Test
    void amIFollowingTracksFollowAndUnfollow() {
        UUID creatorId = aCreator();
        UUID fanId = UuidV7.next();
        assertThat(amIFollowing(fanId, creatorId)).isFalse();

        put(followersMe(creatorId), fan(fanId));
        assertThat(amIFollowing(fanId, creatorId)).isTrue();
        assertThat(redis.opsForSet().isMember(followingKey(fanId), creatorId.toString())).isTrue();

        delete(followersMe(creatorId), fan(fanId));
        assertThat(amIFollowing(fanId, creatorId)).isFalse();
        assertThat(redis.opsForSet().isMember(followingKey(fanId), creatorId.toString())).isFalse();
    }

    @Test
    void amIFollowingIsRebuiltFromPostgresWhenTheCachedSetIsLost() {
        UUID followed = aCreator();
        UUID notFollowed = aCreator();
        UUID fanId = UuidV7.next();
        put(followersMe(followed), fan(fanId));
        assertThat(amIFollowing(fanId, followed)).isTrue();

        redis.delete(followingKey(fanId));

        assertThat(amIFollowing(fanId, followed)).isTrue();
        assertThat(amIFollowing(fanId, notFollowed)).isFalse();
        assertThat(redis.opsForSet().isMember(followingKey(fanId), followed.toString())).isTrue();
        assertThat(redis.getExpire(followingKey(fanId))).as("a cache key has a TTL").isPositive();

        delete(followersMe(followed), fan(fanId));
        redis.delete(followingKey(fanId));
        assertThat(amIFollowing(fanId, followed)).isFalse();
    }

    @Test
    void aRebuildThatReadPostgresBeforeAFollowCommittedDoesNotCacheItsStaleSet() {
        UUID fanId = UuidV7.next();
        UUID creatorId = UuidV7.next();
        String token = followingCache.startRebuild(fanId).orElseThrow();
        // ... the rebuild reads Postgres: no follows yet; meanwhile a follow commits and reaches the cache ...
        followingCache.followed(fanId, creatorId);

        followingCache.finishRebuild(fanId, token, List.of());

        assertThat(redis.hasKey(followingKey(fanId))).isFalse();
        assertThat(followingCache.isFollowing(fanId, creatorId)).as("not cached: the next check reads Postgres")
                .isEmpty();
    }

    @Test
    void amIFollowingNeedsAnAccessToken() {
        assertThat(get("/api/v1/users/me/following/" + UuidV7.next()).status()).isEqualTo(401);
    }

    private boolean amIFollowing(UUID fanId, UUID creatorId) {
        Response response = get("/api/v1/users/me/following/" + creatorId, fan(fanId));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("following").asBoolean();
    }

    private int followRows(UUID creatorId, UUID userId) {
        return jdbc.sql("SELECT count(*) FROM follow WHERE creator_id = ? AND user_id = ?")
                .params(creatorId, userId).query(Integer.class).single();
    }

    static String followersMe(UUID creatorId) {
        return "/api/v1/creators/" + creatorId + "/followers/me";
    }

    private static String followingKey(UUID userId) {
        return "ld:follow:following:{" + userId + "}";
    }
}
