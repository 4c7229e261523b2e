package io.livedrop.product.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.livedrop.events.EventEnvelope;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropItem;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.events.order.StockReleased;
import io.livedrop.events.order.StockReserved;
import io.livedrop.events.product.ProductStockChanged;
import io.livedrop.events.product.ProductStockLow;
import io.livedrop.product.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import io.livedrop.testinfra.TopicProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The inventory view follows drop-svc's and order-svc's events, each applied once. */
class InventoryIT extends ServiceIntegrationTest {

    private static final Instant START = Instant.parse("2026-06-01T18:00:00Z");
    private static final String STOCK_LISTING = "/internal/product-stock";
    private static final String SEARCH_SVC = TestTokens.serviceToken("search-svc");

    @Test
    void scheduledDropShowsItsUnitsOnTheProduct() {
        Creator creator = aCreator();
        UUID product = productOf(creator);

        send(scheduled(UuidV7.next(), creator, product, 20));

        JsonNode inventory = awaitInventory(product, view -> view.path("dropped").asLong() == 20);
        assertThat(inventory.path("sold").asLong()).isZero();
        assertThat(inventory.path("remaining").asLong()).isEqualTo(20);
        assertThat(inventory.path("drops")).hasSize(1);
    }

    @Test
    void reservationsCountAsSoldAndReleasesGiveUnitsBack() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        UUID drop = UuidV7.next();
        send(scheduled(drop, creator, product, 20));
        UUID order = UuidV7.next();

        send(new StockReserved(order, drop, product, 3, Instant.now()));
        awaitInventory(product, view -> view.path("sold").asLong() == 3);
        send(new StockReleased(order, drop, product, 1, "cancelled", Instant.now()));

        JsonNode inventory = awaitInventory(product, view -> view.path("sold").asLong() == 2);
        assertThat(inventory.path("remaining").asLong()).isEqualTo(18);
    }

    @Test
    void redeliveredReservationCountsOnce() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        UUID drop = UuidV7.next();
        send(scheduled(drop, creator, product, 20));
        UUID order = UuidV7.next();
        EventEnvelope<StockReserved> reservation = send(new StockReserved(order, drop, product, 2, Instant.now()));

        publish(reservation);
        // Same order, same partition: once this one is handled, so is the redelivery before it.
        EventEnvelope<StockReserved> next = send(new StockReserved(order, drop, product, 1, Instant.now()));

        await().atMost(DELIVERY).until(() -> handled(next));
        assertThat(inventory(product).path("sold").asLong()).isEqualTo(3);
    }

    @Test
    void updatedDropReplacesItsQuantities() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        UUID drop = UuidV7.next();
        send(scheduled(drop, creator, product, 20));

        send(new DropUpdated(drop, creator.pageId(), "Summer drop", START, START.plusSeconds(3600), 2,
                List.of(item(product, 35))));

        awaitInventory(product, view -> view.path("dropped").asLong() == 35);
    }

    @Test
    void cancelledDropLeavesTheView() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        UUID cancelledDrop = UuidV7.next();
        UUID keptDrop = UuidV7.next();
        send(scheduled(cancelledDrop, creator, product, 10));
        send(scheduled(keptDrop, creator, product, 5));
        awaitInventory(product, view -> view.path("dropped").asLong() == 15);

        send(new DropCancelled(cancelledDrop, creator.pageId(), "Supplier delay", Instant.now()));

        JsonNode inventory = awaitInventory(product, view -> view.path("dropped").asLong() == 5);
        assertThat(inventory.path("drops").path(0).path("dropId").asString()).isEqualTo(keptDrop.toString());
    }

    @Test
    void stockLowIsPublishedOnceWhenRemainingFallsUnderTenPercent() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        UUID drop = UuidV7.next();
        send(scheduled(drop, creator, product, 20));
        awaitInventory(product, view -> view.path("dropped").asLong() == 20);

        try (TopicProbe products = TopicProbe.from(Topics.PRODUCTS)) {
            reserve(drop, product, 18, 18);
            reserve(drop, product, 1, 19);
            reserve(drop, product, 1, 20);
            // An event of the same product published after those reservations were applied: once
            // it arrives, any second stock-low would have arrived before it.
            api().patch("/api/v1/products/" + product, creator.token(), Map.of("title", "Last call mug"));
            Map<Long, ProductStockLow> alerts = new HashMap<>();
            products.await(record -> {
                stockLow(record, product).ifPresent(alert -> alerts.put(record.offset(), alert));
                return product.toString().equals(record.key()) && record.value().contains("livedrop.product.updated.v1");
            }, DELIVERY);

            assertThat(alerts.values()).singleElement().satisfies(alert -> {
                assertThat(alert.dropId()).isEqualTo(drop);
                assertThat(alert.remaining()).as("published when 1 of 20 was left").isEqualTo(1);
            });
        }
    }

    @Test
    void everyChangeOfAProductsTotalsIsAnnouncedUnderTheNextVersion() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        UUID drop = UuidV7.next();

        try (TopicProbe products = TopicProbe.from(Topics.PRODUCTS)) {
            send(scheduled(drop, creator, product, 20));
            awaitInventory(product, view -> view.path("dropped").asLong() == 20);
            reserve(drop, product, 3, 3);
            reserve(drop, product, 2, 5);
            // A new title, the same quantities: the totals stay, so nothing is announced.
            send(new DropUpdated(drop, creator.pageId(), "Renamed drop", START, START.plusSeconds(3600), 2,
                    List.of(item(product, 20))));
            send(new StockReleased(UuidV7.next(), drop, product, 1, "cancelled", Instant.now()));
            awaitInventory(product, view -> view.path("sold").asLong() == 4);
            send(new DropCancelled(drop, creator.pageId(), "Supplier delay", Instant.now()));
            Map<Long, ProductStockChanged> changes = new TreeMap<>();
            products.await(record -> stockChanged(record, product)
                    .map(change -> {
                        changes.put(record.offset(), change);
                        return change.dropped() == 0;
                    })
                    .orElse(false), DELIVERY);

            assertThat(changes.values())
                    .extracting(ProductStockChanged::version, ProductStockChanged::dropped, ProductStockChanged::sold,
                            ProductStockChanged::remaining)
                    .containsExactly(tuple(1L, 20L, 0L, 20L), tuple(2L, 20L, 3L, 17L), tuple(3L, 20L, 5L, 15L),
                            tuple(4L, 20L, 4L, 16L), tuple(5L, 0L, 0L, 0L));
        }
    }

    @Test
    void servicesListEveryAnnouncedStockInProductOrderUnderItsEventVersion() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        UUID neverDropped = productOf(creator);
        UUID drop = UuidV7.next();
        send(scheduled(drop, creator, product, 20));
        awaitInventory(product, view -> view.path("dropped").asLong() == 20);
        reserve(drop, product, 3, 3);

        Map<String, JsonNode> listed = new LinkedHashMap<>();
        String cursor = null;
        do {
            ServiceClient.Response page = api().get(STOCK_LISTING + "?limit=1000"
                    + (cursor == null ? "" : "&cursor=" + cursor), SEARCH_SVC);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(item -> listed.put(item.get("productId").asString(), item));
            JsonNode next = page.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asString();
        } while (cursor != null);

        // Postgres orders UUIDs as unsigned bytes, which is the order of their hex text.
        assertThat(new ArrayList<>(listed.keySet())).isSorted();
        JsonNode stock = listed.get(product.toString());
        assertThat(stock.get("dropped").asLong()).isEqualTo(20);
        assertThat(stock.get("sold").asLong()).isEqualTo(3);
        assertThat(stock.get("remaining").asLong()).isEqualTo(17);
        // Version 1 announced the drop, version 2 the reservation: what product.stock-changed carried.
        assertThat(stock.get("version").asLong()).isEqualTo(2);
        assertThat(listed).doesNotContainKey(neverDropped.toString());
    }

    @Test
    void onlyServicesMayListStockAndBadPagingIs400() {
        assertThat(api().get(STOCK_LISTING, null).status()).isEqualTo(401);
        assertThat(api().get(STOCK_LISTING, fanToken()).status()).isEqualTo(403);
        assertThat(api().get(STOCK_LISTING + "?limit=0", SEARCH_SVC).invalidField()).isEqualTo("limit");
        assertThat(api().get(STOCK_LISTING + "?cursor=not-a-cursor", SEARCH_SVC).invalidField()).isEqualTo("cursor");
    }

    private void reserve(UUID drop, UUID product, int quantity, long soldAfter) {
        send(new StockReserved(UuidV7.next(), drop, product, quantity, Instant.now()));
        awaitInventory(product, view -> view.path("sold").asLong() == soldAfter);
    }

    private Optional<ProductStockLow> stockLow(ConsumerRecord<String, String> record, UUID product) {
        if (!product.toString().equals(record.key())) {
            return java.util.Optional.empty();
        }
        return codec.decode(record.value())
                .map(EventEnvelope::data)
                .filter(ProductStockLow.class::isInstance)
                .map(ProductStockLow.class::cast);
    }

    private Optional<ProductStockChanged> stockChanged(ConsumerRecord<String, String> record, UUID product) {
        if (!product.toString().equals(record.key())) {
            return Optional.empty();
        }
        return codec.decode(record.value())
                .map(EventEnvelope::data)
                .filter(ProductStockChanged.class::isInstance)
                .map(ProductStockChanged.class::cast);
    }

    private static DropScheduled scheduled(UUID drop, Creator creator, UUID product, int quantity) {
        return new DropScheduled(drop, creator.pageId(), "Summer drop", START, START.plusSeconds(3600), 2,
                List.of(item(product, quantity)));
    }

    private static DropItem item(UUID product, int quantity) {
        return new DropItem(product, quantity, Money.eur(2500));
    }

    private JsonNode awaitInventory(UUID product, Predicate<JsonNode> condition) {
        await().atMost(DELIVERY).until(() -> condition.test(inventory(product)));
        return inventory(product);
    }

    private JsonNode inventory(UUID product) {
        return api().get("/api/v1/products/" + product, null).json().path("inventory");
    }
}
