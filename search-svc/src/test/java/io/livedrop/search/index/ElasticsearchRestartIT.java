package io.livedrop.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.search.SearchHarness;
import io.livedrop.testinfra.ElasticsearchOutage;
import io.livedrop.testinfra.Servers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real Elasticsearch node stopped and started again ({@code ./livedrop stop|start elasticsearch}):
 * while it is away, search answers 503 with a problem and the indexer holds its place in Kafka; when
 * it is back, every update published meanwhile becomes searchable.
 */
class ElasticsearchRestartIT extends SearchHarness {

    @Test
    void updatesPublishedWhileElasticsearchIsStoppedAreAllSearchableOnceItIsBack() {
        String before = word(10);
        String after = word(10);
        UUID creator = aCreator(word(8), "Restart Creator");
        List<UUID> products = createAll(creator, aProduct(creator).title(before + " one"),
                aProduct(creator).title(before + " two"), aProduct(creator).title(before + " three"));
        Map<String, Long> expectedPrices = new HashMap<>();
        List<Response> whileDown = new ArrayList<>();

        ElasticsearchOutage outage = Servers.elasticsearchOutage();
        outage.stopNode();
        try {
            whileDown.add(get("/api/v1/search/products?q=" + before));
            whileDown.add(get("/api/v1/search/suggest?prefix=" + before));
            for (int i = 0; i < products.size(); i++) {
                UUID id = products.get(i);
                Instant renamedAt = Instant.now();
                send(Topics.PRODUCTS, new ProductUpdated(id, creator, after + " renamed " + i, "Renamed while away",
                        Money.eur(1_000), "apparel", List.of(), false, renamedAt), renamedAt);
                Instant repricedAt = renamedAt.plusMillis(1);
                long price = 2_000 + i;
                send(Topics.PRODUCTS, new ProductPriceChanged(id, creator, Money.eur(1_000), Money.eur(price),
                        repricedAt), repricedAt);
                expectedPrices.put(id.toString(), price);
            }
            UUID created = aProduct(creator).title(after + " created").price(4_000).create();
            expectedPrices.put(created.toString(), 4_000L);
        }
        finally {
            // Other tests share the node: it comes back whatever happened above.
            outage.startNode();
        }

        assertThat(whileDown).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.problemType()).isEqualTo(Queries.UNAVAILABLE);
        });
        JsonNode found = awaitItems("/api/v1/search/products?limit=100&q=" + after + "&creatorId=" + creator,
                items -> prices(items).equals(expectedPrices));
        assertThat(ids(found.get("items"))).containsExactlyInAnyOrderElementsOf(expectedPrices.keySet());
        assertThat(get("/api/v1/search/products?q=" + before + "&creatorId=" + creator).json().get("items")).isEmpty();
    }

    private static Map<String, Long> prices(JsonNode items) {
        Map<String, Long> prices = new HashMap<>();
        items.forEach(item -> prices.put(item.get("id").asString(), item.get("price").get("amount").asLong()));
        return prices;
    }
}
