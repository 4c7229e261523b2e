package io.livedrop.drop.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.drop.DropServiceHarness;
import io.livedrop.testinfra.ServiceClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public lists. Other tests' drops share them, so each test checks the order of its own drops
 * within a page and that the page as a whole is sorted.
 */
class DropListsIT extends DropServiceHarness {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void upcomingDropsComeSoonestStartFirst() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        UUID third = scheduled(creator, aDrop().item(product, 1).startingIn(Duration.ofSeconds(40), Duration.ofSeconds(1)));
        UUID first = scheduled(creator, aDrop().item(product, 1).startingIn(Duration.ofSeconds(30), Duration.ofSeconds(1)));
        UUID second = scheduled(creator, aDrop().item(product, 1).startingIn(Duration.ofSeconds(35), Duration.ofSeconds(1)));

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode page = api().get("/api/v1/drops?status=SCHEDULED&limit=100").json();
            assertThat(ids(page)).containsSubsequence(first, second, third);
            assertThat(instants(page, "startsAt")).isSorted();
        });
    }

    @Test
    void liveDropsComeSoonestEndFirstAndEndedOnesLatestEndFirst() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        Instant start = Instant.now().plusMillis(1200);
        UUID closesLater = scheduled(creator, aDrop().item(product, 1).startsAt(start).endsAt(start.plusMillis(2200)));
        UUID closesFirst = scheduled(creator, aDrop().item(product, 1).startsAt(start).endsAt(start.plusMillis(1500)));
        awaitStatus(closesLater, "LIVE");
        awaitStatus(closesFirst, "LIVE");

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode live = api().get("/api/v1/drops?status=LIVE&limit=100").json();
            assertThat(ids(live)).containsSubsequence(closesFirst, closesLater);
            assertThat(instants(live, "endsAt")).isSorted();
        });

        awaitStatus(closesLater, "ENDED");
        JsonNode ended = api().get("/api/v1/drops?status=ENDED&limit=100").json();
        assertThat(ids(ended)).containsSubsequence(closesLater, closesFirst);
        assertThat(instants(ended, "endsAt")).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theUpcomingListIsServedFromRedisAndClearedWhenADropIsScheduled() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        scheduled(creator, aDrop().item(product, 1).startingIn(Duration.ofSeconds(30), Duration.ofSeconds(1)));
        String key = ListCache.key(DropList.SCHEDULED);
        await().atMost(EVENTUALLY).until(() -> {
            api().get("/api/v1/drops?status=SCHEDULED&limit=7");
            return redis.opsForHash().hasKey(key, "7");
        });
        assertThat(redis.getExpire(key)).isPositive();

        UUID added = scheduled(creator, aDrop().item(product, 1).startingIn(Duration.ofSeconds(2), Duration.ofSeconds(1)));

        await().atMost(EVENTUALLY).until(() -> !redis.opsForHash().hasKey(key, "7"));
        await().atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(ids(api().get("/api/v1/drops?status=SCHEDULED&limit=7").json())).contains(added));
    }

    @Test
    void aCreatorsDropsComeLatestStartFirstPageByPage() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        List<UUID> latestFirst = new ArrayList<>();
        for (int seconds : new int[] {30, 20, 10}) {
            latestFirst.add(scheduled(creator, aDrop().item(product, 1)
                    .startingIn(Duration.ofSeconds(seconds), Duration.ofSeconds(1))));
        }
        String path = "/api/v1/creators/" + creator.creatorId() + "/drops?limit=2";

        JsonNode first = api().get(path).json();
        JsonNode second = api().get(path + "&cursor=" + first.path("nextCursor").asString()).json();

        assertThat(ids(first)).containsExactly(latestFirst.get(0), latestFirst.get(1));
        assertThat(ids(second)).containsExactly(latestFirst.get(2));
        assertThat(second.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void aDropIsPublicWithItsItems() {
        Creator creator = aCreator();
        UUID product = aProductOf(creator, 1500);
        UUID dropId = scheduled(creator, aDrop().item(product, 7));

        ServiceClient.Response drop = api().get("/api/v1/drops/" + dropId);

        assertThat(drop.status()).isEqualTo(200);
        assertThat(drop.json().path("items").path(0).path("quantity").asInt()).isEqualTo(7);
        assertThat(drop.json().path("items").path(0).path("remaining").asInt()).isEqualTo(7);
        assertThat(drop.json().path("perUserLimit").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownStatusCursorOrLimitIsABadRequestNamingIt() {
        assertBadRequest("/api/v1/drops?status=CANCELLED", "status");
        assertBadRequest("/api/v1/drops", "status");
        assertBadRequest("/api/v1/drops?status=LIVE&cursor=not-a-cursor", "cursor");
        assertBadRequest("/api/v1/drops?status=LIVE&limit=0", "limit");
        assertBadRequest("/api/v1/drops?status=LIVE&limit=101", "limit");
        assertBadRequest("/api/v1/creators/" + UNKNOWN_ID + "/drops?cursor=not-a-cursor", "cursor");
    }

    private void assertBadRequest(String path, String field) {
        ServiceClient.Response response = api().get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.invalidField()).as(path).isEqualTo(field);
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(UUID.fromString(item.path("id").asString())));
        return ids;
    }

    private static List<Instant> instants(JsonNode page, String field) {
        List<Instant> instants = new ArrayList<>();
        page.path("items").forEach(item -> instants.add(Instant.parse(item.path(field).asString())));
        return instants;
    }
}
