package io.livedrop.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.product.ServiceIntegrationTest;
import io.livedrop.testinfra.TopicProbe;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every change of a product reaches {@code livedrop.products}, keyed by the product. */
class ProductEventsIT extends ServiceIntegrationTest {

    private TopicProbe products;

    @BeforeEach
    void openProbe() {
        products = TopicProbe.from(Topics.PRODUCTS);
    }

    @AfterEach
    void closeProbe() {
        products.close();
    }

    @Test
    void creatingAProductPublishesProductCreated() {
        Creator creator = aCreator();

        UUID product = productOf(creator);

        EventEnvelope<EventPayload> event = awaitEvent(product, "livedrop.product.created.v1");
        assertThat(event.source()).isEqualTo("product-svc");
        assertThat(event.data()).isInstanceOfSatisfying(ProductCreated.class, created -> {
            assertThat(created.creatorId()).isEqualTo(creator.pageId());
            assertThat(created.title()).isEqualTo("Stoneware mug");
            assertThat(created.price()).isEqualTo(Money.eur(2500));
            assertThat(created.category()).isEqualTo("home");
            assertThat(created.tags()).containsExactly("ceramic", "handmade");
        });
    }

    @Test
    void changingThePricePublishesProductUpdatedAndPriceChangedWithOldAndNew() {
        Creator creator = aCreator();
        UUID product = productOf(creator);

        api().patch("/api/v1/products/" + product, creator.token(),
                Map.of("price", Map.of("amount", 1999, "currency", "EUR")));

        assertThat(awaitEvent(product, "livedrop.product.updated.v1").data())
                .isInstanceOfSatisfying(ProductUpdated.class, updated -> {
                    assertThat(updated.price()).isEqualTo(Money.eur(1999));
                    assertThat(updated.archived()).isFalse();
                });
        assertThat(awaitEvent(product, "livedrop.product.price-changed.v1").data())
                .isInstanceOfSatisfying(ProductPriceChanged.class, changed -> {
                    assertThat(changed.oldPrice()).isEqualTo(Money.eur(2500));
                    assertThat(changed.newPrice()).isEqualTo(Money.eur(1999));
                    assertThat(changed.creatorId()).isEqualTo(creator.pageId());
                });
    }

    @Test
    void archivingPublishesProductUpdatedMarkedArchived() {
        Creator creator = aCreator();
        UUID product = productOf(creator);

        api().delete("/api/v1/products/" + product, creator.token());

        assertThat(awaitEvent(product, "livedrop.product.updated.v1").data())
                .isInstanceOfSatisfying(ProductUpdated.class, updated -> assertThat(updated.archived()).isTrue());
    }

    private EventEnvelope<EventPayload> awaitEvent(UUID productId, String type) {
        String record = products.await(candidate -> productId.toString().equals(candidate.key())
                && type.equals(codec.decode(candidate.value()).map(EventEnvelope::type).orElse(null)), DELIVERY).value();
        return codec.decode(record).orElseThrow();
    }
}
