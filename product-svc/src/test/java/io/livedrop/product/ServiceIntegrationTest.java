package io.livedrop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.events.EventCatalog;
import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port against the real PostgreSQL, Redis, Kafka and object store,
 * with user-svc's token keys stood in locally. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A fresh group each run: the test consumes what it produces, from the start of the topic.
        "spring.kafka.consumer.group-id=product-svc-it-${random.uuid}",
        "livedrop.events.inbox.initial-backoff=50ms",
        "livedrop.events.inbox.max-backoff=200ms" })
public abstract class ServiceIntegrationTest {

    protected static final Duration DELIVERY = Duration.ofSeconds(30);

    /** An id no product has. */
    protected static final String UNKNOWN_ID = "00000000-0000-7000-8000-000000000000";

    @LocalServerPort
    int port;

    @Autowired
    protected KafkaTemplate<String, String> kafka;
    @Autowired
    protected EventCodec codec;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void tokenKeys(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
    }

    protected ServiceClient api() {
        return new ServiceClient(port);
    }

    /** A user who has a creator page, known to this service from creator-svc's event, and the CREATOR role. */
    protected Creator aCreator() {
        Creator creator = new Creator(UuidV7.next(), UuidV7.next());
        send(new CreatorCreated(creator.pageId(), creator.userId(), "c_" + creator.pageId().toString().substring(24),
                "Jane Maker", null, Instant.now()));
        await().atMost(DELIVERY).until(() -> jdbc.queryForObject("SELECT count(*) FROM creator WHERE id = ?",
                Integer.class, creator.pageId()) == 1);
        return creator;
    }

    protected static String fanToken() {
        return TestTokens.accessToken(UuidV7.next(), "FAN");
    }

    protected static ProductBuilder aProduct() {
        return new ProductBuilder();
    }

    /** Creates a product of {@code creator} and returns its id. */
    protected UUID productOf(Creator creator) {
        ServiceClient.Response created = api().post("/api/v1/products", creator.token(), aProduct().body());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.text("id"));
    }

    /** Publishes a new event the way its producing service does, and returns it. */
    protected <T extends EventPayload> EventEnvelope<T> send(T payload) {
        EventEnvelope<T> event = EventEnvelope.of("test", payload, null);
        publish(event);
        return event;
    }

    /** Publishes an event, also one sent before: at-least-once producers redeliver with the same id. */
    protected void publish(EventEnvelope<?> event) {
        try {
            kafka.send(EventCatalog.topicOf(event.data()), event.subject(), codec.encode(event)).get();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this service has applied the event (or skipped it as a repeat). */
    protected boolean handled(EventEnvelope<?> event) {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class,
                event.id()) == 1;
    }

    /**
     * @param userId the user, as their access token names them
     * @param pageId the creator page, the {@code creatorId} of the API
     */
    protected record Creator(UUID userId, UUID pageId) {

        public String token() {
            return TestTokens.accessToken(userId, "FAN", "CREATOR");
        }
    }

    /** The body of a product creation, valid unless told otherwise. */
    protected static final class ProductBuilder {

        private final Map<String, Object> body = new HashMap<>(Map.of(
                "title", "Stoneware mug",
                "description", "Wheel-thrown, blue glaze.",
                "price", Map.of("amount", 2500, "currency", "EUR"),
                "category", "home",
                "tags", List.of("ceramic", "handmade")));

        public ProductBuilder title(String title) {
            body.put("title", title);
            return this;
        }

        public ProductBuilder price(long amount, String currency) {
            body.put("price", Map.of("amount", amount, "currency", currency));
            return this;
        }

        public ProductBuilder category(String category) {
            body.put("category", category);
            return this;
        }

        public ProductBuilder tags(List<String> tags) {
            body.put("tags", tags);
            return this;
        }

        public Map<String, Object> body() {
            return body;
        }
    }
}
