package io.livedrop.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.product.ProductPriceChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Test cap on cache lifetimes: 60 s, so only an invalidation can remove an entry within a test. */
class ResponseCacheIT extends GatewayIntegrationTest {

    private static final String ENTRY = "ld:gateway:cache:entry:";

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Test
    void publicGetIsServedFromRedisTheSecondTimeWithAnETagAndA304ForAMatch() {
        String path = "/api/v1/products/" + UUID.randomUUID();
        service("product-svc").stub(path, Upstream.Reply.json(200, "{\"title\":\"Mug\"}"));

        EntityExchangeResult<String> first = get(path);
        EntityExchangeResult<String> second = get(path);

        assertThat(first.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
        assertThat(second.getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
        String etag = first.getResponseHeaders().getETag();
        assertThat(etag).startsWith("\"");
        assertThat(second.getResponseHeaders().getETag()).isEqualTo(etag);
        assertThat(second.getResponseBody()).isEqualTo("{\"title\":\"Mug\"}");
        assertThat(service("product-svc").received(path)).hasSize(1);
        assertThat(redis.getExpire(ENTRY + path).block()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(5));

        client.get().uri(path).header("If-None-Match", etag).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals("ETag", etag)
                .expectBody().isEmpty();
        assertThat(service("product-svc").received(path)).hasSize(1);
    }

    @Test
    void productEventOnKafkaInvalidatesTheCachedProduct() {
        UUID productId = UUID.randomUUID();
        String path = "/api/v1/products/" + productId;
        service("product-svc").stub(path, longLived("{\"id\":\"" + productId + "\"}"));
        get(path);

        publish(Topics.PRODUCTS, new ProductPriceChanged(productId, UUID.randomUUID(), Money.eur(1000),
                Money.eur(900), Instant.now()));

        awaitGone(ENTRY + path);
        assertThat(get(path).getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
        assertThat(service("product-svc").received(path)).hasSize(2);
    }

    @Test
    void creatorPageCachedByHandleIsInvalidatedByTheCreatorsId() {
        UUID creatorId = UUID.randomUUID();
        String handle = "maker-" + creatorId.toString().substring(0, 8);
        String byHandle = "/api/v1/creators/" + handle;
        service("creator-svc").stub(byHandle, longLived("{\"id\":\"" + creatorId + "\",\"handle\":\"" + handle + "\"}"));
        get(byHandle);
        assertThat(redis.hasKey(ENTRY + byHandle).block()).isTrue();

        publish(Topics.CREATORS, new CreatorUpdated(creatorId, UUID.randomUUID(), handle, "Maker", null, true,
                Instant.now()));

        awaitGone(ENTRY + byHandle);
    }

    @Test
    void dropEventInvalidatesTheDropAndTheDropLists() {
        UUID dropId = UUID.randomUUID();
        String drop = "/api/v1/drops/" + dropId;
        int limit = 1 + (int) (Math.random() * 100);
        String list = "/api/v1/drops?status=LIVE&limit=" + limit;
        service("drop-svc").stub(drop, longLived("{\"id\":\"" + dropId + "\"}"));
        service("drop-svc").stub("/api/v1/drops", longLived("{\"items\":[],\"nextCursor\":null}"));
        get(drop);
        get(list);
        // Parameters in a fixed order, so the same query in another order shares the entry.
        String listKey = ENTRY + "/api/v1/drops?limit=" + limit + "&status=LIVE";
        assertThat(redis.hasKey(listKey).block()).isTrue();

        publish(Topics.DROPS, new DropCancelled(dropId, UUID.randomUUID(), "changed plans", Instant.now()));

        awaitGone(ENTRY + drop);
        awaitGone(listKey);
    }

    @Test
    void privateOrNoStoreAnswersAreNotCached() {
        String privatePath = "/api/v1/products/" + UUID.randomUUID();
        String noStorePath = "/api/v1/products/" + UUID.randomUUID();
        service("product-svc").stub(privatePath, Upstream.Reply.json(200, "{}").withHeader("Cache-Control", "private"));
        service("product-svc").stub(noStorePath, Upstream.Reply.json(200, "{}").withHeader("Cache-Control", "no-store"));

        get(privatePath);
        get(privatePath);
        get(noStorePath);
        get(noStorePath);

        assertThat(service("product-svc").received(privatePath)).hasSize(2);
        assertThat(service("product-svc").received(noStorePath)).hasSize(2);
    }

    @Test
    void upstreamMaxAgeSetsTheLifetimeUpToTheCap() {
        String shortPath = "/api/v1/drops/" + UUID.randomUUID();
        String longPath = "/api/v1/drops/" + UUID.randomUUID();
        service("drop-svc").stub(shortPath, Upstream.Reply.json(200, "{}").withHeader("Cache-Control", "public, max-age=2"));
        service("drop-svc").stub(longPath, Upstream.Reply.json(200, "{}").withHeader("Cache-Control", "max-age=86400"));

        get(shortPath);
        get(longPath);

        assertThat(redis.getExpire(ENTRY + shortPath).block()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(redis.getExpire(ENTRY + longPath).block()).isGreaterThan(Duration.ofSeconds(50))
                .isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void authenticatedRequestsAreNeverAnsweredFromTheCache() {
        String path = "/api/v1/products/" + UUID.randomUUID();
        get(path);

        client.get().uri(path).header("Authorization", "Bearer " + token()).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-Cache");

        assertThat(service("product-svc").received(path)).hasSize(2);
    }

    private EntityExchangeResult<String> get(String path) {
        return client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
    }

    private static Upstream.Reply longLived(String body) {
        return Upstream.Reply.json(200, body).withHeader("Cache-Control", "max-age=60");
    }

    private void publish(String topic, EventPayload payload) {
        String json = codec.encode(EventEnvelope.of("test", payload, null));
        kafka.send(topic, payload.aggregateId(), json).join();
    }

    private void awaitGone(String key) {
        await().atMost(Duration.ofSeconds(40)).until(() -> !redis.hasKey(key).block());
    }
}
