package io.livedrop.drop.listing;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.drop.DropServiceHarness;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The internal full listing search-svc rebuilds from: every drop with status, times and items, for services only. */
class InternalDropsIT extends DropServiceHarness {

    private static final String SEARCH_SVC = TestTokens.serviceToken("search-svc");
    private static final String ALL = "/internal/drops";

    @Test
    void aServicePagesThroughEveryDropInIdOrderWithStatusTimesAndItems() {
        Creator creator = aCreator();
        UUID mug = aProductOf(creator, 1500);
        DropBuilder upcoming = aDrop().title("Kiln opening").startingIn(Duration.ofHours(1), Duration.ofHours(1))
                .item(mug, 7);
        UUID scheduledId = scheduled(creator, upcoming);
        UUID cancelledId = scheduled(creator, aDrop().startingIn(Duration.ofHours(2), Duration.ofHours(1)).item(mug, 1));
        assertThat(api().post("/api/v1/drops/" + cancelledId + "/cancel", creator.token()).status()).isEqualTo(200);

        List<String> ids = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        String cursor = null;
        do {
            ServiceClient.Response page = api().get(ALL + "?limit=1000" + (cursor == null ? "" : "&cursor=" + cursor),
                    SEARCH_SVC);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(item -> {
                ids.add(item.get("id").asString());
                byId.put(item.get("id").asString(), item);
            });
            JsonNode next = page.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
        } while (cursor != null);

        // Postgres orders UUIDs as unsigned bytes, which is the order of their hex text.
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        JsonNode drop = byId.get(scheduledId.toString());
        assertThat(drop.get("creatorId").asString()).isEqualTo(creator.creatorId().toString());
        assertThat(drop.get("title").asString()).isEqualTo("Kiln opening");
        assertThat(drop.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(drop.get("startsAt").asString())).isEqualTo(upcoming.startsAt());
        assertThat(Instant.parse(drop.get("endsAt").asString())).isEqualTo(upcoming.endsAt());
        assertThat(drop.get("items")).hasSize(1);
        assertThat(drop.get("items").get(0).get("productId").asString()).isEqualTo(mug.toString());
        assertThat(drop.get("items").get(0).get("quantity").asInt()).isEqualTo(7);
        assertThat(byId.get(cancelledId.toString()).get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aSmallBatchHandsOnACursorThatContinuesAfterItsLastId() {
        Creator creator = aCreator();
        UUID mug = aProductOf(creator, 900);
        for (int i = 0; i < 3; i++) {
            scheduled(creator, aDrop().startingIn(Duration.ofHours(1 + i), Duration.ofHours(1)).item(mug, 1));
        }

        JsonNode first = api().get(ALL + "?limit=2", SEARCH_SVC).json();
        JsonNode second = api().get(ALL + "?limit=2&cursor=" + first.get("nextCursor").asString(), SEARCH_SVC).json();

        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).isNotEmpty();
        String lastOfFirst = first.get("items").get(1).get("id").asString();
        assertThat(second.get("items").get(0).get("id").asString()).isGreaterThan(lastOfFirst);
    }

    @Test
    void onlyServicesMayListAndBadPagingIs400() {
        assertThat(api().get(ALL, null).status()).isEqualTo(401);
        ServiceClient.Response fan = api().get(ALL, TestTokens.accessToken(UUID.randomUUID(), "FAN"));
        assertThat(fan.status()).isEqualTo(403);
        assertThat(fan.contentType()).startsWith("application/problem+json");
        assertThat(api().get(ALL + "?limit=0", SEARCH_SVC).invalidField()).isEqualTo("limit");
        assertThat(api().get(ALL + "?cursor=not-a-cursor", SEARCH_SVC).invalidField()).isEqualTo("cursor");
    }
}
