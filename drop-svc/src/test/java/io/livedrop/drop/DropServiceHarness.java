package io.livedrop.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import io.livedrop.testinfra.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * drop-svc on a random port against the real PostgreSQL, Redis and Kafka, called over HTTP with
 * user-svc-shaped tokens. Creators and products become known the way they do in production: as
 * creator-svc's and product-svc's events. All integration tests share this application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A fresh consumer group each run reads the topics from the start, so no event this run
        // sends can be missed while the group is still joining.
        "spring.kafka.consumer.group-id=drop-svc-it-${random.uuid}",
        "livedrop.events.inbox.initial-backoff=50ms",
        "livedrop.events.inbox.max-backoff=200ms" })
public abstract class DropServiceHarness {

    protected static final Duration EVENTUALLY = Duration.ofSeconds(30);

    /** An id no drop has. */
    protected static final UUID UNKNOWN_ID = UUID.fromString("00000000-0000-7000-8000-000000000000");

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected EventCodec codec;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
    }

    protected ServiceClient api() {
        return new ServiceClient(port);
    }

    /** A user with a creator page, known to drop-svc when this returns. */
    protected Creator aCreator() {
        Creator creator = new Creator(UuidV7.next(), UuidV7.next());
        send(Topics.CREATORS, new CreatorCreated(creator.creatorId(), creator.userId(),
                "c" + creator.creatorId().toString().substring(24), "Jane Maker", null, Instant.now()));
        await().atMost(EVENTUALLY).until(() -> jdbc.sql("SELECT count(*) FROM known_creator WHERE creator_id = ?")
                .param(creator.creatorId()).query(Integer.class).single() == 1);
        return creator;
    }

    /** A product of this creator at this price (cents), known to drop-svc when this returns. */
    protected UUID aProductOf(Creator creator, long cents) {
        UUID productId = UuidV7.next();
        send(Topics.PRODUCTS, new ProductCreated(productId, creator.creatorId(), "Mug", "A mug.", Money.eur(cents),
                "ceramics", List.of(), Instant.now()));
        awaitProduct(productId, cents, false);
        return productId;
    }

    protected void archive(UUID productId, Creator creator, long cents) {
        send(Topics.PRODUCTS, new ProductUpdated(productId, creator.creatorId(), "Mug", "A mug.", Money.eur(cents),
                "ceramics", List.of(), true, Instant.now()));
        awaitProduct(productId, cents, true);
    }

    protected void changePrice(UUID productId, Creator creator, long fromCents, long toCents) {
        send(Topics.PRODUCTS, new ProductPriceChanged(productId, creator.creatorId(), Money.eur(fromCents),
                Money.eur(toCents), Instant.now()));
        awaitProduct(productId, toCents, false);
    }

    /** Sends an event as its owning service would. */
    protected void send(String topic, EventPayload payload) {
        send(topic, EventEnvelope.of("test", payload, null));
    }

    /** Sends this very event, e.g. again, as a redelivery. */
    protected void send(String topic, EventEnvelope<?> event) {
        try {
            kafka.send(topic, event.subject(), codec.encode(event)).get();
        }
        catch (Exception e) {
            throw new IllegalStateException("could not send " + event.type(), e);
        }
    }

    private void awaitProduct(UUID productId, long cents, boolean archived) {
        await().atMost(EVENTUALLY).until(() -> jdbc.sql(
                        "SELECT count(*) FROM known_product WHERE product_id = ? AND price_amount = ? AND archived = ?")
                .params(productId, cents, archived).query(Integer.class).single() == 1);
    }

    protected static DropBuilder aDrop() {
        return new DropBuilder();
    }

    /** Schedules the drop as this creator; returns its id. */
    protected UUID scheduled(Creator creator, DropBuilder drop) {
        return scheduled(api(), creator, drop);
    }

    protected static UUID scheduled(ServiceClient api, Creator creator, DropBuilder drop) {
        ServiceClient.Response created = api.post("/api/v1/drops", creator.token(), drop.body());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    /** The first event of this type about this drop that the probe sees. */
    protected EventEnvelope<EventPayload> awaitDropEvent(TopicProbe drops, UUID dropId, String type) {
        String record = drops.await(candidate -> dropId.toString().equals(candidate.key())
                && type.equals(codec.decode(candidate.value()).map(EventEnvelope::type).orElse(null)), EVENTUALLY)
                .value();
        return codec.decode(record).orElseThrow();
    }

    protected String statusOf(UUID dropId) {
        return api().get("/api/v1/drops/" + dropId).json().path("status").asString();
    }

    protected void awaitStatus(UUID dropId, String status) {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(100)).until(() -> statusOf(dropId).equals(status));
    }

    /** A user who owns a creator page. */
    public record Creator(UUID userId, UUID creatorId) {

        public String token() {
            return TestTokens.accessToken(userId, "FAN", "CREATOR");
        }
    }

    /** The body of a drop to schedule: valid, starting in a few seconds, unless told otherwise. */
    public static final class DropBuilder {

        private final Map<String, Object> body = new HashMap<>();
        private final List<Map<String, Object>> items = new ArrayList<>();

        DropBuilder() {
            Instant start = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
            body.put("title", "Spring glaze drop");
            body.put("startsAt", start.toString());
            body.put("endsAt", start.plusSeconds(2).toString());
            body.put("perUserLimit", 2);
            body.put("items", items);
        }

        public DropBuilder title(String title) {
            body.put("title", title);
            return this;
        }

        public DropBuilder startsAt(Instant startsAt) {
            body.put("startsAt", startsAt.toString());
            return this;
        }

        public DropBuilder endsAt(Instant endsAt) {
            body.put("endsAt", endsAt.toString());
            return this;
        }

        /** Starts {@code in} from now and lasts {@code lasting}. */
        public DropBuilder startingIn(Duration in, Duration lasting) {
            Instant start = Instant.now().plus(in).truncatedTo(ChronoUnit.MILLIS);
            return startsAt(start).endsAt(start.plus(lasting));
        }

        public DropBuilder perUserLimit(int limit) {
            body.put("perUserLimit", limit);
            return this;
        }

        public DropBuilder item(UUID productId, int quantity) {
            items.add(Map.of("productId", productId.toString(), "quantity", quantity));
            return this;
        }

        public Instant startsAt() {
            return Instant.parse((String) body.get("startsAt"));
        }

        public Instant endsAt() {
            return Instant.parse((String) body.get("endsAt"));
        }

        public Map<String, Object> body() {
            return body;
        }
    }
}
