package io.livedrop.search.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.search.SearchHarness;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProductEventOrderIT extends SearchHarness {

    private static final String PRODUCTS = "/api/v1/search/products";

    @Test
    void olderEventsArrivingLateNeverRollAProductBack() {
        UUID creator = aCreator(word(8), "Order Creator");
        UUID product = UUID.randomUUID();
        Instant t1 = Instant.now().minusSeconds(60);
        Instant t2 = t1.plusSeconds(10);
        Instant t3 = t1.plusSeconds(20);

        send(Topics.PRODUCTS, updated(product, creator, "Newest title", 3_000, false, t3), t3);
        send(Topics.PRODUCTS, new ProductCreated(product, creator, "Oldest title", "", Money.eur(1_000), "art",
                List.of(), t1), t1);
        send(Topics.PRODUCTS, new ProductPriceChanged(product, creator, Money.eur(1_000), Money.eur(2_000), t2), t2);
        // The same newest event again, as a redelivery would bring it.
        send(Topics.PRODUCTS, updated(product, creator, "Newest title", 3_000, false, t3), t3);
        awaitConsumedAfter(product, creator);

        JsonNode hit = get(PRODUCTS + "?creatorId=" + creator + "&q=title").json().get("items").get(0);
        assertThat(hit.get("id").asString()).isEqualTo(product.toString());
        assertThat(hit.get("title").asString()).isEqualTo("Newest title");
        assertThat(hit.get("price").get("amount").asLong()).isEqualTo(3_000);
    }

    @Test
    void aPriceChangeAppliesToTheIndexedProduct() {
        UUID creator = aCreator(word(8), "Price Creator");
        UUID product = createAll(creator, aProduct(creator).price(1_000).createdAt(Instant.now().minusSeconds(5)))
                .getFirst();

        send(Topics.PRODUCTS, new ProductPriceChanged(product, creator, Money.eur(1_000), Money.eur(750),
                Instant.now()), Instant.now());

        awaitItems(PRODUCTS + "?creatorId=" + creator + "&maxPrice=750", items -> items.size() == 1);
    }

    @Test
    void archivedProductsLeaveTheResults() {
        UUID creator = aCreator(word(8), "Archive Creator");
        Instant created = Instant.now().minusSeconds(5);
        List<UUID> ids = createAll(creator, aProduct(creator).title("Kept"),
                aProduct(creator).title("Archived").createdAt(created));
        UUID kept = ids.get(0);
        UUID archived = ids.get(1);

        send(Topics.PRODUCTS, updated(archived, creator, "Archived", 1_000, true, Instant.now()), Instant.now());

        JsonNode items = awaitItems(PRODUCTS + "?creatorId=" + creator, found -> found.size() == 1).get("items");
        assertThat(ids(items)).containsExactly(kept.toString());
    }

    private static ProductUpdated updated(UUID product, UUID creator, String title, long price, boolean archived,
            Instant at) {
        return new ProductUpdated(product, creator, title, "", Money.eur(price), "art", List.of(), archived, at);
    }

    /** A marker product sent with {@code product}'s key: once it is searchable, every earlier event of it was applied. */
    private void awaitConsumedAfter(UUID product, UUID creator) {
        UUID marker = UUID.randomUUID();
        sendKeyed(Topics.PRODUCTS, product.toString(), new ProductCreated(marker, creator, "Marker", "",
                Money.eur(1), "art", List.of(), Instant.now()), Instant.now());
        awaitItems(PRODUCTS + "?creatorId=" + creator, items -> ids(items).contains(marker.toString()));
    }
}
