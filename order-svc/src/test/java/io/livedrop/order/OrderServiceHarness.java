package io.livedrop.order;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Money;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropItem;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.order.OrderPlaced;
import io.livedrop.events.order.StockReserved;
import io.livedrop.order.idempotency.IdempotencyKeys;
import io.livedrop.order.stock.StockCounters;
import io.livedrop.testinfra.TestTokens;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * order-svc on a random port against the real PostgreSQL, Redis and Kafka, called over HTTP with
 * user-svc-shaped tokens. Drops become known as in production: drop-svc's events on livedrop.drops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A fresh group reads only what this run sends (not the topic's history); see awaitListening.
        "spring.kafka.consumer.group-id=order-svc-it-${random.uuid}",
        "spring.kafka.consumer.auto-offset-reset=latest",
        "livedrop.orders.expiry-sweep-interval=300ms",
        "livedrop.orders.reconcile-interval=400ms",
        "livedrop.payments.webhook-secret=" + OrderServiceHarness.WEBHOOK_SECRET,
        // Tests decide payments through the webhook themselves; the simulator is tested on its own.
        "livedrop.payments.simulated.delay=1h"})
@Import(OrderServiceHarness.OnlyOurDrops.class)
public abstract class OrderServiceHarness {

    public static final String WEBHOOK_SECRET = "test-webhook-secret";
    protected static final Duration EVENTUALLY = Duration.ofSeconds(30);
    protected static final Money PRICE = Money.eur(2500);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Set<String> LISTENING_GROUPS = ConcurrentHashMap.newKeySet();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @Autowired
    protected OrdersProperties properties;

    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    private static final Set<UUID> ALL_DROPS = ConcurrentHashMap.newKeySet();
    /** Drops this run announced; other modules' tests publish drops on the same topic. */
    private static final Set<String> OUR_DROPS = ConcurrentHashMap.newKeySet();
    private final List<UUID> dropsCreated = new ArrayList<>();
    private final List<String> idempotencyKeysUsed = new ArrayList<>();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
    }

    /**
     * The listener starts at the topic's end once it has its partitions; until a first event of ours
     * arrives we cannot tell it has, so send canary drops until one is applied.
     */
    @BeforeEach
    void awaitListening() {
        if (LISTENING_GROUPS.contains(groupId)) {
            return;
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            UUID canary = UuidV7.next();
            dropsCreated.add(canary);
            sendDropEvent(scheduled(canary, 1, 1));
            return jdbc.sql("SELECT count(*) FROM drop_sale WHERE drop_id IN (:ids)")
                    .param("ids", List.copyOf(dropsCreated)).query(Integer.class).single() > 0;
        });
        LISTENING_GROUPS.add(groupId);
    }

    /**
     * Ends our drops (so the reconciler stops rebuilding their counters) and deletes our Redis keys; the
     * Redis is shared with other tests, so only ours.
     */
    @AfterEach
    void deleteRedisKeysOfOurDrops() {
        if (!dropsCreated.isEmpty()) {
            jdbc.sql("UPDATE drop_sale SET status = 'ENDED' WHERE drop_id IN (:ids)")
                    .param("ids", List.copyOf(dropsCreated)).update();
        }
        ALL_DROPS.addAll(dropsCreated);
        dropsCreated.forEach(dropId -> redis.delete(StockCounters.keysOf(dropId)));
        redis.delete(idempotencyKeysUsed);
    }

    /** A reconcile round that began before a drop was ended may have rebuilt its counters once more. */
    @AfterAll
    static void deleteRedisKeysRebuiltMeanwhile(@Autowired StringRedisTemplate redis) throws InterruptedException {
        Thread.sleep(1000);
        ALL_DROPS.forEach(dropId -> redis.delete(StockCounters.keysOf(dropId)));
    }

    private static final Map<UUID, String> TOKENS = new ConcurrentHashMap<>();

    /** A fan's token; signed once per user, as a client reuses its token. */
    protected static String fan(UUID userId) {
        return TOKENS.computeIfAbsent(userId, id -> TestTokens.accessToken(id, "FAN"));
    }

    /** A drop of one product, selling now, known to order-svc when this returns. */
    protected Drop aLiveDrop(int units, int perUserLimit) {
        Drop drop = aScheduledDrop(units, perUserLimit);
        sendDropEvent(new DropStarted(drop.id(), UuidV7.next(), "Drop", Instant.now()));
        await().atMost(EVENTUALLY).until(() -> "LIVE".equals(
                jdbc.sql("SELECT status FROM drop_sale WHERE drop_id = ?").param(drop.id()).query(String.class).single()));
        if (properties.redisReservations()) {
            await().atMost(EVENTUALLY).until(() -> "LIVE".equals(redis.opsForHash().get(
                    StockCounters.saleKey(drop.id()), "status")));
        }
        return drop;
    }

    /** A drop announced but not started. */
    protected Drop aScheduledDrop(int units, int perUserLimit) {
        UUID dropId = UuidV7.next();
        dropsCreated.add(dropId);
        DropScheduled scheduled = scheduled(dropId, units, perUserLimit);
        sendDropEvent(scheduled);
        await().atMost(EVENTUALLY).until(() -> jdbc.sql("SELECT count(*) FROM inventory WHERE drop_id = ?")
                .param(dropId).query(Integer.class).single() == 1);
        return new Drop(dropId, scheduled.items().getFirst().productId());
    }

    private static DropScheduled scheduled(UUID dropId, int units, int perUserLimit) {
        return new DropScheduled(dropId, UuidV7.next(), "Drop " + dropId, Instant.now(),
                Instant.now().plus(Duration.ofHours(1)), perUserLimit,
                List.of(new DropItem(UuidV7.next(), units, PRICE)));
    }

    protected void sendDropEvent(EventPayload payload) {
        OUR_DROPS.add(payload.aggregateId());
        try {
            kafka.send(Topics.DROPS, payload.aggregateId(),
                    codec.encode(EventEnvelope.of("drop-svc", payload, null))).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not send a drop event", ex);
        }
    }

    protected int sold(Drop drop) {
        return jdbc.sql("SELECT sold FROM inventory WHERE drop_id = ? AND product_id = ?")
                .params(drop.id(), drop.productId()).query(Integer.class).single();
    }

    /** Units left according to Redis, or null without counters. */
    protected Integer leftInRedis(Drop drop) {
        Object left = redis.opsForHash().get(StockCounters.saleKey(drop.id()), "p:" + drop.productId());
        return left == null ? null : Integer.valueOf(left.toString());
    }

    /** Units each buyer holds according to Postgres, only those holding any. */
    protected Map<String, String> holdingsInPostgres(Drop drop) {
        Map<String, String> holdings = new java.util.TreeMap<>();
        jdbc.sql("SELECT user_id, units FROM drop_buyer WHERE drop_id = ? AND units > 0").param(drop.id())
                .query((rs, row) -> holdings.put(rs.getString("user_id"), rs.getString("units"))).list();
        return holdings;
    }

    protected Map<String, String> holdingsInRedis(Drop drop) {
        Map<String, String> holdings = new java.util.TreeMap<>();
        redis.opsForHash().entries(StockCounters.heldKey(drop.id()))
                .forEach((user, units) -> holdings.put(user.toString(), units.toString()));
        return holdings;
    }

    /** The ids of the orders of this drop in Postgres. */
    protected Set<UUID> orderIdsOf(Drop drop) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT order_id FROM order_line WHERE drop_id = ?").param(drop.id())
                .query(UUID.class).list());
    }

    /**
     * The events on livedrop.orders about these orders, read until {@code complete} holds for those seen
     * (failing after {@link #EVENTUALLY}). Order events are keyed by order id, so only those are decoded.
     */
    protected List<EventPayload> orderEvents(TopicProbe events, Set<UUID> orderIds,
                                             Predicate<List<EventPayload>> complete) {
        Set<String> keys = orderIds.stream().map(UUID::toString).collect(Collectors.toSet());
        List<EventPayload> about = new ArrayList<>();
        Set<String> read = new HashSet<>();
        events.await(record -> {
            if (keys.contains(record.key()) && read.add(record.partition() + "@" + record.offset())) {
                codec.decode(record.value()).ifPresent(event -> about.add(event.data()));
            }
            return complete.test(about);
        }, EVENTUALLY);
        return about;
    }

    /** The order ids of the events of this type among {@code events}, each as often as it occurs. */
    protected static List<UUID> orderIdsOf(List<EventPayload> events, Class<? extends EventPayload> type) {
        return events.stream().filter(type::isInstance).map(event -> UUID.fromString(event.aggregateId())).toList();
    }

    /** Whether each of these orders has its order.placed and stock.reserved among the events. */
    protected static boolean placedAndReserved(List<EventPayload> events, Set<UUID> orderIds) {
        return orderIdsOf(events, OrderPlaced.class).containsAll(orderIds)
                && orderIdsOf(events, StockReserved.class).containsAll(orderIds);
    }

    protected static String orderBody(UUID dropId, UUID productId, int quantity) {
        return "{\"dropId\":\"" + dropId + "\",\"productId\":\"" + productId + "\",\"quantity\":" + quantity + "}";
    }

    protected Response buy(UUID userId, Drop drop, int quantity, String idempotencyKey) {
        forget(userId, idempotencyKey);
        return post("/api/v1/orders", fan(userId), orderBody(drop.id(), drop.productId(), quantity), idempotencyKey);
    }

    protected Response buy(UUID userId, Drop drop, int quantity) {
        return buy(userId, drop, quantity, UUID.randomUUID().toString());
    }

    /** A purchase sent to another order-svc instance, one listening on {@code otherPort}. */
    protected Response buyAt(int otherPort, UUID userId, Drop drop, int quantity, String idempotencyKey) {
        forget(userId, idempotencyKey);
        return send(request(URI.create("http://127.0.0.1:" + otherPort + "/api/v1/orders"), fan(userId))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(orderBody(drop.id(), drop.productId(), quantity))));
    }

    /** Deletes this key of the user after the test. */
    protected synchronized void forget(UUID userId, String idempotencyKey) {
        idempotencyKeysUsed.add(IdempotencyKeys.redisKey(userId, idempotencyKey));
    }

    protected Response post(String path, String token, String body, String idempotencyKey) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    protected Response postSigned(String path, String body, String signature) {
        HttpRequest.Builder request = request(path, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-LiveDrop-Signature", signature);
        }
        return send(request);
    }

    protected Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder request(String path, String token) {
        return request(uri(path), token);
    }

    private static HttpRequest.Builder request(URI uri, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The test application learns only the drops this run announces: other modules' tests publish drops
     * on the shared topic, and counters primed for those would be keys of drops that are not ours.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class OnlyOurDrops {

        @Bean
        @SuppressWarnings({"rawtypes", "unchecked"})
        static BeanPostProcessor onlyOurDropEvents() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof AbstractKafkaListenerContainerFactory factory) {
                        factory.setRecordFilterStrategy(record ->
                                !OUR_DROPS.contains(((ConsumerRecord<String, String>) record).key()));
                    }
                    return bean;
                }
            };
        }
    }

    protected record Drop(UUID id, UUID productId) {
    }

    protected record Response(int status, String contentType, String location, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        /** The slug of a problem's type, e.g. {@code sold-out}. */
        public String problemType() {
            return json().get("type").asString().substring("https://livedrop.io/problems/".length());
        }

        public UUID orderId() {
            return UUID.fromString(json().get("id").asString());
        }
    }
}
