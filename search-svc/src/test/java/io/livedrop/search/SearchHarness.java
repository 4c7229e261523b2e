package io.livedrop.search;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.livedrop.events.EventCatalog;
import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.testinfra.TestTokens;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * search-svc on a random port against the real Elasticsearch node and Kafka, fed the way production
 * feeds it: events on livedrop.products, .drops and .creators. Indices carry a prefix of this run
 * and are deleted when the (shared) application context closes. Each test makes its own creators
 * and words, so what other runs put on the topics never changes its answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A fresh group reads the topics from the start, so no event a test sends is missed while joining.
        properties = "spring.kafka.consumer.group-id=search-svc-it-${random.uuid}")
@Import(SearchHarness.IndexCleanup.class)
public abstract class SearchHarness {

    protected static final Duration EVENTUALLY = Duration.ofSeconds(60);
    protected static final String PREFIX = "it-" + word(8) + "-";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    protected ElasticsearchClient elasticsearch;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
        registry.add("livedrop.search.index-prefix", () -> PREFIX);
    }

    /** Lower-case letters only, so the word is one token for every analyzer, the completion suggester's too. */
    protected static String word(int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** Sends an event as its owning service would, stamped {@code time}, keyed by its aggregate. */
    protected void send(String topic, EventPayload payload, Instant time) {
        sendKeyed(topic, payload.aggregateId(), payload, time);
    }

    /** Sends with another aggregate's key: same partition, so it is consumed after that aggregate's events. */
    protected void sendKeyed(String topic, String key, EventPayload payload, Instant time) {
        EventEnvelope<EventPayload> event = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, UUID.randomUUID(),
                "test", EventCatalog.typeOf(payload), time, payload.aggregateId(), EventEnvelope.JSON, null, payload);
        try {
            kafka.send(topic, key, codec.encode(event)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not send an event", ex);
        }
    }

    /** A creator known to search when this returns. */
    protected UUID aCreator(String handle, String displayName) {
        UUID creatorId = UuidV7.next();
        send(Topics.CREATORS, new CreatorCreated(creatorId, UuidV7.next(), handle, displayName, null, Instant.now()),
                Instant.now());
        awaitItems("/api/v1/search/creators?q=" + encode(handle), items -> ids(items).contains(creatorId.toString()));
        return creatorId;
    }

    protected ProductBuilder aProduct(UUID creatorId) {
        return new ProductBuilder(creatorId);
    }

    /** A product with sensible defaults; {@link #create()} sends ProductCreated. */
    protected class ProductBuilder {

        private final UUID creatorId;
        private final UUID id = UuidV7.next();
        private String title = "Plain product";
        private String description = "Nothing special";
        private long price = 1_000;
        private String category = "apparel";
        private List<String> tags = List.of();
        private Instant createdAt = Instant.now();

        ProductBuilder(UUID creatorId) {
            this.creatorId = creatorId;
        }

        public ProductBuilder title(String value) {
            title = value;
            return this;
        }

        public ProductBuilder description(String value) {
            description = value;
            return this;
        }

        public ProductBuilder price(long cents) {
            price = cents;
            return this;
        }

        public ProductBuilder category(String value) {
            category = value;
            return this;
        }

        public ProductBuilder tags(String... values) {
            tags = List.of(values);
            return this;
        }

        public ProductBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public ProductCreated event() {
            return new ProductCreated(id, creatorId, title, description, Money.eur(price), category, tags, createdAt);
        }

        public UUID create() {
            send(Topics.PRODUCTS, event(), createdAt);
            return id;
        }
    }

    /** Sends the products and waits until search finds all of this creator's. */
    protected List<UUID> createAll(UUID creatorId, ProductBuilder... products) {
        List<UUID> ids = new ArrayList<>();
        for (ProductBuilder product : products) {
            ids.add(product.create());
        }
        awaitItems("/api/v1/search/products?limit=100&creatorId=" + creatorId, items -> items.size() == ids.size());
        return ids;
    }

    /** Polls a search until its items satisfy {@code done}; answers the last body. */
    protected JsonNode awaitItems(String path, Predicate<JsonNode> done) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() -> {
            Response response = get(path);
            if (response.status() != 200) {
                return false;
            }
            last[0] = response.json();
            return done.test(last[0].get("items"));
        });
        return last[0];
    }

    protected static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    protected Response get(String path) {
        return send(request(path, null).GET());
    }

    protected Response post(String path, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    protected record Response(int status, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        /** The slug of a problem's type, e.g. {@code validation}. */
        public String problemType() {
            return json().get("type").asString().substring("https://livedrop.io/problems/".length());
        }
    }

    /** Deletes this run's indices (by name: wildcard deletes are refused by default) when the context closes. */
    @TestConfiguration(proxyBeanMethods = false)
    static class IndexCleanup {

        private final ElasticsearchClient client;

        IndexCleanup(ElasticsearchClient client) {
            this.client = client;
        }

        @PreDestroy
        void deleteIndices() throws IOException {
            var names = client.indices().get(g -> g.index(PREFIX + "*")).indices().keySet();
            if (!names.isEmpty()) {
                client.indices().delete(d -> d.index(List.copyOf(names)));
            }
        }
    }
}
