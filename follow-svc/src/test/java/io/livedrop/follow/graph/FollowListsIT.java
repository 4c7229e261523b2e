package io.livedrop.follow.graph;

import static io.livedrop.follow.graph.FollowIT.followersMe;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.follow.FollowServiceHarness;
import io.livedrop.web.pagination.Cursor;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowListsIT extends FollowServiceHarness {

    private UUID someCreator;

    @BeforeAll
    void aCreatorForTheValidationTests() {
        someCreator = aCreator();
    }

    @Test
    void followersComeNewestFirstAndAFollowBetweenPagesNeitherRepeatsNorSkips() {
        UUID creatorId = aCreator();
        List<UUID> fans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID fanId = UuidV7.next();
            put(followersMe(creatorId), fan(fanId));
            fans.add(fanId);
        }
        String followers = "/api/v1/creators/" + creatorId + "/followers?limit=2";

        Page first = page(followers, "userId");
        UUID lateFan = UuidV7.next();
        put(followersMe(creatorId), fan(lateFan));
        Page second = page(followers + "&cursor=" + first.nextCursor(), "userId");
        Page third = page(followers + "&cursor=" + second.nextCursor(), "userId");

        assertThat(first.ids()).containsExactly(fans.get(4), fans.get(3));
        assertThat(second.ids()).containsExactly(fans.get(2), fans.get(1));
        assertThat(third.ids()).containsExactly(fans.get(0));
        assertThat(third.nextCursor()).isNull();
        assertThat(page(followers, "userId").ids()).containsExactly(lateFan, fans.get(4));
        assertThat(first.followedAt()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void followingComesNewestFirstAndAFollowBetweenPagesNeitherRepeatsNorSkips() {
        UUID fanId = UuidV7.next();
        List<UUID> creators = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID creatorId = aCreator();
            put(followersMe(creatorId), fan(fanId));
            creators.add(creatorId);
        }
        String following = "/api/v1/users/" + fanId + "/following?limit=3";

        Page first = page(following, "creatorId");
        UUID lateCreator = aCreator();
        put(followersMe(lateCreator), fan(fanId));
        Page second = page(following + "&cursor=" + first.nextCursor(), "creatorId");

        assertThat(first.ids()).containsExactly(creators.get(4), creators.get(3), creators.get(2));
        assertThat(second.ids()).containsExactly(creators.get(1), creators.get(0));
        assertThat(second.nextCursor()).isNull();
        assertThat(page(following, "creatorId").ids()).startsWith(lateCreator);
    }

    @Test
    void aNewFollowerIsListedWithTheTimeOfTheFollow() {
        UUID creatorId = aCreator();
        UUID fanId = UuidV7.next();
        Instant before = Instant.now();
        put(followersMe(creatorId), fan(fanId));

        JsonNode item = get("/api/v1/creators/" + creatorId + "/followers").json().get("items").get(0);

        assertThat(item.get("userId").asString()).isEqualTo(fanId.toString());
        assertThat(Instant.parse(item.get("followedAt").asString())).isBetween(before.minusSeconds(5), Instant.now());
    }

    @Test
    void followersOfAnUnknownCreatorIs404() {
        assertThat(get("/api/v1/creators/" + UuidV7.next() + "/followers").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("invalidPaging")
    void invalidLimitOrCursorOfTheFollowersIs400NamingIt(String query, String field) {
        assertBadRequest(get("/api/v1/creators/" + someCreator + "/followers?" + query), field);
    }

    @ParameterizedTest
    @MethodSource("invalidPaging")
    void invalidLimitOrCursorOfTheFollowingIs400NamingIt(String query, String field) {
        assertBadRequest(get("/api/v1/users/" + UuidV7.next() + "/following?" + query), field);
    }

    static List<Arguments> invalidPaging() {
        return List.of(
                Arguments.of("limit=0", "limit"),
                Arguments.of("limit=101", "limit"),
                Arguments.of("limit=many", "limit"),
                Arguments.of("cursor=not-a-cursor", "cursor"),
                // Decodes, but is not a (followedAt, id) position.
                Arguments.of("cursor=" + Cursor.of("yesterday", "x").encode(),
                        "cursor"));
    }

    private static void assertBadRequest(Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private Page page(String path, String idField) {
        Response response = get(path);
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        List<UUID> ids = new ArrayList<>();
        List<Instant> followedAt = new ArrayList<>();
        body.get("items").valueStream().forEach(item -> {
            ids.add(UUID.fromString(item.get(idField).asString()));
            followedAt.add(Instant.parse(item.get("followedAt").asString()));
        });
        JsonNode next = body.get("nextCursor");
        return new Page(ids, followedAt, next.isNull() ? null : next.asString());
    }

    private record Page(List<UUID> ids, List<Instant> followedAt, String nextCursor) {
    }
}
