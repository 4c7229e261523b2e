package io.livedrop.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.product.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The internal full listing search-svc rebuilds from: every product, archived too, in id order, for services only. */
class InternalProductsIT extends ServiceIntegrationTest {

    private static final String SEARCH_SVC = TestTokens.serviceToken("search-svc");
    private static final String ALL = "/internal/products";

    @Test
    void aServicePagesThroughEveryProductInIdOrderWithTheFieldsSearchNeeds() {
        Creator creator = aCreator();
        UUID kept = productOf(creator);
        UUID archived = productOf(creator);
        assertThat(api().delete("/api/v1/products/" + archived, creator.token()).status()).isEqualTo(204);

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
        JsonNode product = byId.get(kept.toString());
        assertThat(product.get("creatorId").asString()).isEqualTo(creator.pageId().toString());
        assertThat(product.get("title").asString()).isEqualTo("Stoneware mug");
        assertThat(product.get("description").asString()).isEqualTo("Wheel-thrown, blue glaze.");
        assertThat(product.get("price").get("amount").asLong()).isEqualTo(2500);
        assertThat(product.get("price").get("currency").asString()).isEqualTo("EUR");
        assertThat(product.get("category").asString()).isEqualTo("home");
        assertThat(product.get("tags").values()).extracting(JsonNode::asString).containsExactly("ceramic", "handmade");
        assertThat(product.get("archived").asBoolean()).isFalse();
        assertThat(product.get("createdAt").asString()).isNotBlank();
        assertThat(product.get("updatedAt").asString()).isNotBlank();
        assertThat(byId.get(archived.toString()).get("archived").asBoolean()).isTrue();
    }

    @Test
    void aSmallBatchHandsOnACursorThatContinuesAfterItsLastId() {
        Creator creator = aCreator();
        productOf(creator);
        productOf(creator);
        productOf(creator);

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
        ServiceClient.Response fan = api().get(ALL, fanToken());
        assertThat(fan.status()).isEqualTo(403);
        assertThat(fan.contentType()).startsWith("application/problem+json");
        assertThat(api().get(ALL + "?limit=1001", SEARCH_SVC).invalidField()).isEqualTo("limit");
        assertThat(api().get(ALL + "?cursor=not-a-cursor", SEARCH_SVC).invalidField()).isEqualTo("cursor");
    }
}
