package io.livedrop.creator.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.creator.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The internal full listing search-svc rebuilds from: every creator with handle, name and badge, for services only. */
class InternalCreatorsIT extends ServiceIntegrationTest {

    private static final String SEARCH_SVC = TestTokens.serviceToken("search-svc");
    private static final String ALL = "/internal/creators";

    @Test
    void aServicePagesThroughEveryCreatorInIdOrderWithHandleNameAndBadge() {
        String handle = aHandle();
        UUID plain = UUID.fromString(api().post("/api/v1/creators", tokenOf(aUser()),
                aPage().handle(handle).displayName("Kiln Works").body()).json().path("id").asString());
        UUID owner = aUser();
        UUID verified = pageOf(owner);
        api().post("/api/v1/creators/" + verified + "/verification-requests", tokenOf(owner), Map.of());
        assertThat(api().post("/api/v1/admin/creators/" + verified + "/verification", adminToken(),
                Map.of("approved", true)).status()).isEqualTo(200);

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
        JsonNode creator = byId.get(plain.toString());
        assertThat(creator.get("handle").asString()).isEqualTo(handle);
        assertThat(creator.get("displayName").asString()).isEqualTo("Kiln Works");
        assertThat(creator.get("bio").asString()).isEqualTo("Ceramics, small batches.");
        assertThat(creator.get("verified").asBoolean()).isFalse();
        assertThat(creator.get("createdAt").asString()).isNotBlank();
        assertThat(byId.get(verified.toString()).get("verified").asBoolean()).isTrue();
    }

    @Test
    void aSmallBatchHandsOnACursorThatContinuesAfterItsLastId() {
        for (int i = 0; i < 3; i++) {
            pageOf(aUser());
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
        ServiceClient.Response fan = api().get(ALL, tokenOf(aUser()));
        assertThat(fan.status()).isEqualTo(403);
        assertThat(fan.contentType()).startsWith("application/problem+json");
        assertThat(api().get(ALL + "?limit=abc", SEARCH_SVC).invalidField()).isEqualTo("limit");
        assertThat(api().get(ALL + "?cursor=not-a-cursor", SEARCH_SVC).invalidField()).isEqualTo("cursor");
    }
}
