package io.livedrop.events;

import static io.livedrop.events.TestEvents.aUserCreated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livedrop.events.order.OrderLine;
import io.livedrop.events.order.OrderPlaced;
import io.livedrop.events.product.ProductStockChanged;
import io.livedrop.events.user.UserCreated;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void eventSurvivesARoundTripWithItsCloudEventsAttributes() {
        UUID dropId = UuidV7.next();
        OrderPlaced placed = new OrderPlaced(UuidV7.next(), UuidV7.next(),
                List.of(new OrderLine(dropId, UuidV7.next(), 2, Money.eur(1999))), Money.eur(3998),
                Instant.parse("2026-11-24T12:00:00Z"), Instant.parse("2026-11-24T12:10:00Z"));
        EventEnvelope<OrderPlaced> event = EventEnvelope.of("order-svc", placed, null);

        String json = codec.encode(event);
        EventEnvelope<EventPayload> read = codec.decode(json).orElseThrow();

        assertThat(read).isEqualTo(event);
        assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"livedrop.order.placed.v1\"",
                "\"subject\":\"" + placed.orderId() + "\"", "\"time\":\"", "\"placedAt\":\"2026-11-24T12:00:00Z\"");
        assertThat(json).doesNotContain("traceparent");
    }

    @Test
    void stockChangeTravelsOnTheProductsTopicKeyedByProduct() {
        ProductStockChanged changed = new ProductStockChanged(UuidV7.next(), 20, 19, 1, 7,
                Instant.parse("2026-11-24T12:00:00.123456Z"));
        EventEnvelope<ProductStockChanged> event = EventEnvelope.of("product-svc", changed, null);

        String json = codec.encode(event);

        assertThat(codec.decode(json).orElseThrow()).isEqualTo(event);
        assertThat(json).contains("\"type\":\"livedrop.product.stock-changed.v1\"", "\"version\":7",
                "\"subject\":\"" + changed.productId() + "\"");
        assertThat(EventCatalog.topicOf(changed)).isEqualTo(Topics.PRODUCTS);
    }

    @Test
    void unknownTypeIsSkippedNotPoison() {
        String newer = codec.encode(EventEnvelope.of("user-svc", aUserCreated().build(), null))
                .replace("livedrop.user.created.v1", "livedrop.user.created.v9");

        assertThat(codec.decode(newer)).isEmpty();
    }

    @Test
    void unknownPayloadFieldsAreIgnoredForForwardCompatibility() {
        String withExtraField = codec.encode(EventEnvelope.of("user-svc", aUserCreated().build(), null))
                .replace("\"displayName\"", "\"avatar\":\"x.png\",\"displayName\"");

        assertThat(codec.decode(withExtraField)).isPresent();
    }

    @Test
    void recordThatIsNotAnEventIsMalformed() {
        assertThatThrownBy(() -> codec.decode("{oops")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("[]")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"type\":\"livedrop.user.created.v1\"}"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void everyPayloadOfTheCatalogueHasOneTypeAndATopic() {
        assertThat(EventCatalog.entries()).extracting(EventCatalog.Entry::type).doesNotHaveDuplicates()
                .allMatch(type -> type.matches("livedrop\\.[a-z]+\\.[a-z-]+\\.v\\d+"));
        assertThat(EventCatalog.entries()).extracting(EventCatalog.Entry::topic).allMatch(topic -> topic.startsWith("livedrop."));
        assertThat(EventCatalog.typeOf(new UserCreated(UuidV7.next(), "a@b.c", "A", Set.of("FAN"), Instant.now())))
                .isEqualTo("livedrop.user.created.v1");
    }

    @Test
    void uuidV7IdsAreVersion7AndOrderedByTime() throws InterruptedException {
        UUID first = UuidV7.next();
        Thread.sleep(2);
        UUID second = UuidV7.next();

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.toString().compareTo(second.toString())).isNegative();
    }
}
