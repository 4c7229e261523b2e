package io.livedrop.search.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductStockChanged;
import io.livedrop.search.SearchHarness;
import io.livedrop.testinfra.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The rebuild reads the source services' internal listings (served here by {@link SourceServicesStub}
 * in their contract format) into new indices and swaps the aliases while searches run.
 */
class RebuildIT extends SearchHarness {

    private static final String REBUILD = "/api/v1/admin/search/rebuild";
    private static final SourceServicesStub SOURCES = SourceServicesStub.start();
    private static final String LEASE = PREFIX + "rebuild-lease";

    @DynamicPropertySource
    static void sources(DynamicPropertyRegistry registry) {
        for (String service : List.of("user", "product", "drop", "creator")) {
            registry.add("livedrop.search.rebuild." + service + "-svc-url", SOURCES::url);
        }
        registry.add("livedrop.search.rebuild.client-secret", () -> SourceServicesStub.CLIENT_SECRET);
        // Small pages, so every listing is read across several of them.
        registry.add("livedrop.search.rebuild.page-size", () -> 2);
    }

    @Test
    void aRebuildReadsTheSourcesIntoNewIndicesAndSwapsEveryAliasWhileSearchKeepsAnswering() throws Exception {
        String steady = word(10);
        String other = word(10);
        String handle = word(10);
        // Events from long before the rebuild: the listing is newer than they are.
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        UUID creator = UuidV7.next();
        send(Topics.CREATORS, new CreatorCreated(creator, UuidV7.next(), handle, "Old Name", null, longAgo), longAgo);
        awaitItems("/api/v1/search/creators?q=" + handle, items -> ids(items).contains(creator.toString()));
        ProductCreated one = aProduct(creator).title(steady + " one").createdAt(longAgo).event();
        ProductCreated two = aProduct(creator).title(steady + " two").createdAt(longAgo).event();
        send(Topics.PRODUCTS, one, longAgo);
        send(Topics.PRODUCTS, two, longAgo);
        // A recent event, as if its change committed while the listing was being read: it is carried over.
        UUID recent = aProduct(creator).title(other + " recent").create();
        awaitItems("/api/v1/search/products?limit=100&creatorId=" + creator, items -> items.size() == 3);
        // A stock event newer than what the stock listing will say of the same product.
        send(Topics.PRODUCTS, new ProductStockChanged(one.productId(), 10, 4, 6, 2, longAgo), longAgo);
        awaitItems("/api/v1/search/products?q=" + steady + "&creatorId=" + creator,
                items -> remainingOf(items, one.productId()) == 6);
        UUID listedOnly = UuidV7.next();
        UUID drop = UuidV7.next();
        Instant startsAt = Instant.now().minus(Duration.ofMinutes(5));
        SOURCES.serve(
                List.of(creatorRow(creator, handle, "Renamed Creator", true)),
                sortedById(List.of(productRow(one.productId(), creator, one.title(), 1_000),
                        productRow(two.productId(), creator, two.title(), 2_000),
                        productRow(listedOnly, creator, other + " listed", 3_000))),
                List.of(dropRow(drop, creator, steady + " drop", "LIVE", startsAt, listedOnly)),
                sortedByProductId(List.of(stockRow(one.productId(), 10, 0, 10, 1),
                        stockRow(two.productId(), 5, 5, 0, 3))));
        String search = "/api/v1/search/products?q=" + steady + "&creatorId=" + creator;

        List<String> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread searcher = Thread.ofVirtual().start(() -> {
            while (rebuilding.get()) {
                Response response = get(search);
                answers.add(response.status() + ":" + (response.status() == 200 ? response.json().get("items").size() : -1));
            }
        });
        Response rebuilt = post(REBUILD, TestTokens.accessToken(UUID.randomUUID(), "ADMIN"));
        rebuilding.set(false);
        searcher.join();

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(answers).isNotEmpty().allMatch("200:2"::equals);
        JsonNode indices = rebuilt.json().get("indices");
        assertThat(indices).hasSize(4);
        for (JsonNode index : List.of(indices.get(0), indices.get(1), indices.get(2))) {
            String alias = index.get("alias").asString();
            String to = index.get("to").asString();
            assertThat(to).startsWith(alias + (alias.endsWith("drops") ? "-v2-" : "-v1-"));
            Set<String> pointsAt = elasticsearch.indices().getAlias(g -> g.name(alias)).aliases().keySet();
            assertThat(pointsAt).containsExactly(to);
            assertThat(elasticsearch.indices().exists(e -> e.index(index.get("from").asString())).value()).isFalse();
        }
        assertThat(indices.findValues("documents")).extracting(JsonNode::asLong).containsExactly(1L, 3L, 1L, 2L);
        // Stock is filled into its live index in place, under the listed versions.
        JsonNode stock = indices.get(3);
        assertThat(stock.get("alias").asString()).isEqualTo(PREFIX + "product-stock");
        assertThat(stock.get("to").asString()).isEqualTo(stock.get("from").asString());

        // What the listings say is what search answers: a new name, a product no event announced, a live drop.
        JsonNode steadyItems = get(search).json().get("items");
        assertThat(ids(steadyItems)).containsExactlyInAnyOrder(one.productId().toString(), two.productId().toString());
        assertThat(steadyItems.get(0).get("creatorName").asString()).isEqualTo("Renamed Creator");
        // The newer stock event wins over the listing; a product whose stock event was never consumed
        // gets its stock from the listing.
        assertThat(remainingOf(steadyItems, one.productId())).isEqualTo(6);
        assertThat(remainingOf(steadyItems, two.productId())).isZero();
        assertThat(ids(get("/api/v1/search/products?q=" + other + "&creatorId=" + creator).json().get("items")))
                .containsExactlyInAnyOrder(listedOnly.toString(), recent.toString());
        JsonNode creatorHit = get("/api/v1/search/creators?q=" + handle).json().get("items").get(0);
        assertThat(creatorHit.get("displayName").asString()).isEqualTo("Renamed Creator");
        assertThat(creatorHit.get("verified").asBoolean()).isTrue();
        assertThat(ids(get("/api/v1/search/drops?status=live&q=" + steady).json().get("items")))
                .containsExactly(drop.toString());
        // The listed drop's items are what the in-drop filter knows of it.
        assertThat(ids(get("/api/v1/search/products?inDrop=true&creatorId=" + creator).json().get("items")))
                .containsExactly(listedOnly.toString());
        // New events go through the alias to the new index.
        UUID later = aProduct(creator).title(steady + " three").create();
        awaitItems(search, items -> ids(items).contains(later.toString()));
    }

    @Test
    void aSourceThatFailsLeavesEveryAliasWhereItWasAndNoHalfBuiltIndex() throws Exception {
        aCreator(word(8), "Before Failure");
        SOURCES.serve(List.of(), List.of(), List.of(), List.of());
        SOURCES.fail(SourceServicesStub.DROPS);
        Set<String> before = elasticsearch.indices().get(g -> g.index(PREFIX + "*")).indices().keySet();

        Response failed = post(REBUILD, TestTokens.accessToken(UUID.randomUUID(), "ADMIN"));

        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.problemType()).isEqualTo(SourceListings.SOURCE_UNAVAILABLE);
        assertThat(elasticsearch.indices().get(g -> g.index(PREFIX + "*")).indices().keySet())
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aRebuildIsRefusedWhileAnotherInstanceHoldsTheLease() throws Exception {
        SOURCES.serve(List.of(), List.of(), List.of(), List.of());
        leaseHeldBy("another-instance", Instant.now().plus(Duration.ofMinutes(1)));
        Set<String> before = elasticsearch.indices().get(g -> g.index(PREFIX + "*")).indices().keySet();

        Response refused = post(REBUILD, TestTokens.accessToken(UUID.randomUUID(), "ADMIN"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo(RebuildLease.REBUILD_RUNNING);
        assertThat(elasticsearch.indices().get(g -> g.index(PREFIX + "*")).indices().keySet())
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(elasticsearch.get(g -> g.index(LEASE).id("rebuild"), Map.class).source())
                .containsEntry("holder", "another-instance");
        elasticsearch.delete(d -> d.index(LEASE).id("rebuild"));
    }

    @Test
    void aLeaseLeftByAnInstanceThatDiedIsTakenOverOnceExpiredAndGivenBackAfterwards() throws Exception {
        SOURCES.serve(List.of(), List.of(), List.of(), List.of());
        leaseHeldBy("died-mid-rebuild", Instant.now().minusSeconds(1));

        Response rebuilt = post(REBUILD, TestTokens.accessToken(UUID.randomUUID(), "ADMIN"));

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(elasticsearch.exists(e -> e.index(LEASE).id("rebuild")).value()).isFalse();
    }

    @Test
    void onlyAdminsMayRebuild() {
        assertThat(post(REBUILD, null).status()).isEqualTo(401);
        assertThat(post(REBUILD, TestTokens.accessToken(UUID.randomUUID(), "FAN")).status()).isEqualTo(403);
    }

    /** A lease as another search-svc instance leaves it: expired if that instance died mid-rebuild. */
    private void leaseHeldBy(String holder, Instant expiresAt) throws Exception {
        elasticsearch.index(i -> i.index(LEASE).id("rebuild")
                .document(Map.of("holder", holder, "expiresAt", expiresAt.toEpochMilli())));
    }

    /** The {@code remaining} of one product among search hits; -1 when it is not among them or has none. */
    private static long remainingOf(JsonNode items, UUID product) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(product.toString())) {
                JsonNode remaining = item.path("remaining");
                return remaining.isNumber() ? remaining.asLong() : -1;
            }
        }
        return -1;
    }

    /** The listings are in id order; Postgres orders UUIDs as their hex text. */
    private static List<Map<String, Object>> sortedById(List<Map<String, Object>> rows) {
        return sortedBy("id", rows);
    }

    private static List<Map<String, Object>> sortedByProductId(List<Map<String, Object>> rows) {
        return sortedBy("productId", rows);
    }

    private static List<Map<String, Object>> sortedBy(String key, List<Map<String, Object>> rows) {
        List<Map<String, Object>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(row -> row.get(key).toString()));
        return sorted;
    }

    /** A row of product-svc's GET /internal/product-stock. */
    private static Map<String, Object> stockRow(UUID productId, long dropped, long sold, long remaining, long version) {
        return Map.of("productId", productId.toString(), "dropped", dropped, "sold", sold, "remaining", remaining,
                "version", version);
    }

    /** A row of creator-svc's GET /internal/creators. */
    private static Map<String, Object> creatorRow(UUID id, String handle, String displayName, boolean verified) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id.toString());
        row.put("handle", handle);
        row.put("displayName", displayName);
        row.put("bio", null);
        row.put("verified", verified);
        row.put("createdAt", "2026-01-02T03:04:05.123456Z");
        return row;
    }

    /** A row of product-svc's GET /internal/products. */
    private static Map<String, Object> productRow(UUID id, UUID creatorId, String title, long cents) {
        return Map.of("id", id.toString(), "creatorId", creatorId.toString(), "title", title,
                "description", "Listed by product-svc", "price", Map.of("amount", cents, "currency", "EUR"),
                "category", "apparel", "tags", List.of("cotton"), "archived", false,
                "createdAt", "2026-01-02T03:04:05.123456Z", "updatedAt", "2026-01-03T03:04:05.123456Z");
    }

    /** A row of drop-svc's GET /internal/drops, items and all. */
    private static Map<String, Object> dropRow(UUID id, UUID creatorId, String title, String status, Instant startsAt,
            UUID productId) {
        return Map.of("id", id.toString(), "creatorId", creatorId.toString(), "title", title,
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(1)).toString(),
                "perUserLimit", 2, "status", status,
                "items", List.of(Map.of("productId", productId.toString(), "quantity", 10, "remaining", 4,
                        "unitPrice", Map.of("amount", 1_500, "currency", "EUR"))));
    }
}
