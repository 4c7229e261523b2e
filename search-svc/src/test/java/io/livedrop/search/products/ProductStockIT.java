package io.livedrop.search.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductStockChanged;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Product hits carry the units left, kept from product-svc's product.stock-changed in version order. */
class ProductStockIT extends SearchHarness {

    private static final String PRODUCTS = "/api/v1/search/products";

    @Test
    void aProductNeverInADropHasNoStock() {
        UUID creator = aCreator(word(8), "Stockless Creator");
        UUID product = createAll(creator, aProduct(creator)).getFirst();

        JsonNode hit = hitOf(creator, product);

        assertThat(hit.get("remaining").isNull()).isTrue();
        assertThat(hit.get("soldOut").isNull()).isTrue();
    }

    @Test
    void stockChangesApplyInVersionOrderWhateverTheirTimeAndRepeatsChangeNothing() {
        UUID creator = aCreator(word(8), "Stock Creator");
        UUID product = createAll(creator, aProduct(creator).createdAt(Instant.now().minusSeconds(60))).getFirst();
        Instant now = Instant.now();

        send(Topics.PRODUCTS, stock(product, 20, 0, 20, 1), now);
        ProductStockChanged newest = stock(product, 20, 5, 15, 3);
        send(Topics.PRODUCTS, newest, now.plusSeconds(1));
        // An older version, late and stamped later: its version, not its time, says it is stale.
        send(Topics.PRODUCTS, stock(product, 20, 3, 17, 2), now.plusSeconds(30));
        send(Topics.PRODUCTS, newest, now.plusSeconds(31));
        awaitConsumedAfter(product, creator);

        JsonNode hit = hitOf(creator, product);
        assertThat(hit.get("remaining").asLong()).isEqualTo(15);
        assertThat(hit.get("soldOut").asBoolean()).isFalse();

        // Stock lives beside the product document: an edit stamped before the stock events still applies.
        send(Topics.PRODUCTS, new ProductUpdated(product, creator, "Renamed tee", "", Money.eur(1_000), "apparel",
                List.of(), false, now.minusSeconds(10)), now.minusSeconds(10));
        awaitItems(PRODUCTS + "?creatorId=" + creator + "&q=renamed", items -> ids(items).contains(product.toString()));
        assertThat(hitOf(creator, product).get("remaining").asLong()).isEqualTo(15);
    }

    @Test
    void aProductWithNoUnitsLeftIsShownSoldOut() {
        UUID creator = aCreator(word(8), "Sold Out Creator");
        UUID product = createAll(creator, aProduct(creator)).getFirst();
        send(Topics.PRODUCTS, stock(product, 2, 1, 1, 1), Instant.now());
        JsonNode lastOne = awaitItems(PRODUCTS + "?creatorId=" + creator,
                items -> items.get(0).path("remaining").isNumber()).get("items").get(0);
        assertThat(lastOne.get("remaining").asLong()).isEqualTo(1);
        assertThat(lastOne.get("soldOut").asBoolean()).isFalse();

        send(Topics.PRODUCTS, stock(product, 2, 2, 0, 2), Instant.now());

        JsonNode soldOut = awaitItems(PRODUCTS + "?creatorId=" + creator,
                items -> items.get(0).path("soldOut").isBoolean() && items.get(0).get("soldOut").asBoolean())
                .get("items").get(0);
        assertThat(soldOut.get("remaining").isNumber()).isTrue();
        assertThat(soldOut.get("remaining").asLong()).isZero();
    }

    private static ProductStockChanged stock(UUID product, long dropped, long sold, long remaining, long version) {
        return new ProductStockChanged(product, dropped, sold, remaining, version, Instant.now());
    }

    private JsonNode hitOf(UUID creator, UUID product) {
        for (JsonNode item : get(PRODUCTS + "?limit=100&creatorId=" + creator).json().get("items")) {
            if (item.get("id").asString().equals(product.toString())) {
                return item;
            }
        }
        throw new AssertionError("product " + product + " is not found");
    }

    /** A marker product sent with {@code product}'s key: once it is searchable, every earlier event of it was applied. */
    private void awaitConsumedAfter(UUID product, UUID creator) {
        UUID marker = UUID.randomUUID();
        sendKeyed(Topics.PRODUCTS, product.toString(), new ProductCreated(marker, creator, "Marker", "",
                Money.eur(1), "art", List.of(), Instant.now()), Instant.now());
        awaitItems(PRODUCTS + "?creatorId=" + creator, items -> ids(items).contains(marker.toString()));
    }
}
