package io.livedrop.follow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.livedrop.events.UuidV7;
import io.livedrop.follow.FollowServiceHarness;
import io.livedrop.testinfra.TestTokens;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class FollowerIdsIT extends FollowServiceHarness {

    private static final String NOTIFICATION_SVC = TestTokens.serviceToken("notification-svc");

    @Test
    void aServicePagesThroughEveryFollowerIdInUserIdOrder() {
        UUID creatorId = aCreator();
        List<UUID> fans = IntStream.range(0, 25).mapToObj(i -> UuidV7.next()).toList();
        fans.forEach(fanId -> put("/api/v1/creators/" + creatorId + "/followers/me", fan(fanId)));

        List<UUID> seen = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        String cursor = null;
        do {
            Response response = get("/internal/creators/" + creatorId + "/follower-ids?limit=10"
                    + (cursor == null ? "" : "&cursor=" + cursor), NOTIFICATION_SVC);
            assertThat(response.status()).isEqualTo(200);
            JsonNode items = response.json().get("items");
            items.valueStream().forEach(id -> seen.add(UUID.fromString(id.asString())));
            batchSizes.add(items.size());
            JsonNode next = response.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
        } while (cursor != null);

        assertThat(batchSizes).containsExactly(10, 10, 5);
        assertThat(seen).containsExactlyElementsOf(fans.stream().sorted(Comparator.comparing(UUID::toString)).toList());
    }

    @Test
    void aFanIs403() {
        Response response = get("/internal/creators/" + aCreator() + "/follower-ids", fan(UuidV7.next()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void noTokenIs401() {
        assertThat(get("/internal/creators/" + UuidV7.next() + "/follower-ids").status()).isEqualTo(401);
    }

    @Test
    void aBatchOfMoreThan10000Is400() {
        Response response = get("/internal/creators/" + UuidV7.next() + "/follower-ids?limit=10001",
                NOTIFICATION_SVC);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }
}
