package io.livedrop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.user.UserCreated;
import io.livedrop.testinfra.Servers;
import io.livedrop.testinfra.TestTokens;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-svc on a random port against the real PostgreSQL, Redis, Kafka and SMTP server
 * ({@link MailServer}), with local HTTP servers as the push and SMS webhooks. Its consumer group is new each run
 * and starts at the current end of every topic, so it neither misses this run's events nor replays old ones.
 * Fan-out work items hold 2 recipients, so a handful of followers already makes several.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "livedrop.notification.fanout.batch-size=2",
        // No margin: a test can tell the followers of a prepared start's slices from those added at the start.
        "livedrop.notification.fanout.late-follow-margin=0s",
        "livedrop.notification.delivery.poll-interval=200ms",
        "livedrop.notification.delivery.initial-backoff=200ms",
        "livedrop.notification.throttle.per-minute=3"})
public abstract class NotificationServiceHarness {

    protected static final Duration EVENTUALLY = Duration.ofSeconds(30);
    protected static final ProviderWebhook PUSH = ProviderWebhook.start("push");
    protected static final ProviderWebhook SMS = ProviderWebhook.start("sms");

    protected static final String GROUP = "notification-svc-it-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final EventCodec CODEC = new EventCodec();

    static {
        startGroupAtEnd();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
        registry.add("spring.mail.host", MailServer::host);
        registry.add("spring.mail.port", MailServer::smtpPort);
        registry.add("livedrop.notification.push.webhook-url", PUSH::url);
        registry.add("livedrop.notification.sms.webhook-url", SMS::url);
        // Short, so the tests need not wait long for a creator to hear of new followers.
        registry.add("livedrop.notification.follower-digest.window", () -> "3s");
        registry.add("livedrop.notification.follower-digest.poll-interval", () -> "200ms");
    }

    protected static String tokenOf(UUID userId) {
        return TestTokens.accessToken(userId, "FAN");
    }

    /** Sends an event as its owning service would; returns the envelope (its id is the event id). */
    protected EventEnvelope<EventPayload> send(String topic, EventPayload payload) {
        EventEnvelope<EventPayload> event = EventEnvelope.of("test", payload, null);
        return send(topic, event);
    }

    protected EventEnvelope<EventPayload> send(String topic, EventEnvelope<EventPayload> event) {
        try {
            kafka.send(topic, event.data().aggregateId(), CODEC.encode(event)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not send " + event.type(), ex);
        }
        return event;
    }

    protected void awaitConsumed(UUID eventId) {
        await().atMost(EVENTUALLY).until(() -> jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?")
                .param(eventId).query(Integer.class).single() == 1);
    }

    /** A creator page owned by a new user, known here when this returns. */
    protected Creator aCreator() {
        UUID creatorId = UuidV7.next();
        UUID ownerId = UuidV7.next();
        awaitConsumed(send(Topics.CREATORS, new CreatorCreated(creatorId, ownerId, "h" + creatorId.toString().substring(24),
                "Creator", null, Instant.now())).id());
        return new Creator(creatorId, ownerId);
    }

    /** A user user-svc announced with this email address. */
    protected UUID aUserWithEmail(String email) {
        UUID userId = UuidV7.next();
        awaitConsumed(send(Topics.USERS, new UserCreated(userId, email, "Fan " + userId.toString().substring(30),
                Set.of("FAN"), Instant.now())).id());
        return userId;
    }

    protected void follow(UUID creatorId, UUID... fans) {
        for (UUID fan : fans) {
            awaitConsumed(send(Topics.FOLLOWS, new FollowAdded(creatorId, fan, Instant.now())).id());
        }
    }

    protected int inboxRows(UUID sourceEventId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE source_event_id = ?").param(sourceEventId)
                .query(Integer.class).single();
    }

    /** The user's unread count, as the inbox API answers it. */
    protected long unread(UUID userId) {
        Response count = get("/api/v1/notifications/unread-count", tokenOf(userId));
        assertThat(count.status()).isEqualTo(200);
        return count.json().get("count").asLong();
    }

    protected List<String> deliveryStatuses(UUID userId, String channel) {
        return jdbc.sql("SELECT status FROM channel_delivery WHERE user_id = ? AND channel = ? ORDER BY id")
                .params(userId, channel).query(String.class).list();
    }

    protected Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    protected Response post(String path, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A WebSocket to /ws/notifications with the token as a query parameter, collecting what it receives. */
    protected Socket connect(String token) {
        Socket socket = new Socket();
        HTTP.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/notifications?access_token=" + token), socket)
                .join();
        return socket;
    }

    /** The HTTP status the upgrade is refused with, or 101 if the socket opens. */
    protected int handshakeStatus(String query) {
        try {
            HTTP.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws/notifications" + query), new Socket())
                    .join().abort();
            return 101;
        }
        catch (java.util.concurrent.CompletionException ex) {
            if (ex.getCause() instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw ex;
        }
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

    private static void startGroupAtEnd() {
        List<String> topics = List.of(Topics.USERS, Topics.CREATORS, Topics.FOLLOWS, Topics.DROPS, Topics.ORDERS,
                Topics.NOTIFICATION_FANOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Servers.kafkaBootstrap()))) {
            // A topic not created yet holds no old records to skip.
            Set<String> existing = admin.listTopics().names().get();
            List<String> present = topics.stream().filter(existing::contains).toList();
            Map<TopicPartition, OffsetSpec> ends = admin.describeTopics(present).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listOffsets(ends).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, end -> new OffsetAndMetadata(end.getValue().offset())));
            if (!offsets.isEmpty()) {
                admin.alterConsumerGroupOffsets(GROUP, offsets).all().get();
            }
        }
        catch (Exception ex) {
            throw new IllegalStateException("cannot start the test consumer group at the end of the topics", ex);
        }
    }

    protected record Creator(UUID id, UUID ownerId) {
    }

    protected record Response(int status, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    /** A client socket that queues every text message it receives. */
    protected static final class Socket implements WebSocket.Listener {

        private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(JsonMapper.shared().readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        public JsonNode next(Duration timeout) throws InterruptedException {
            return received.poll(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A provider's side of its webhook (push, SMS): records what it is sent; fails the first two for users
     * marked flaky.
     */
    protected static final class ProviderWebhook {

        private final String path;
        private final List<JsonNode> received = new CopyOnWriteArrayList<>();
        private final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
        private HttpServer server;

        private ProviderWebhook(String path) {
            this.path = path;
        }

        static ProviderWebhook start(String channel) {
            ProviderWebhook webhook = new ProviderWebhook("/" + channel);
            try {
                webhook.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            webhook.server.createContext(webhook.path, exchange -> {
                JsonNode sent = JsonMapper.shared().readTree(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8));
                Integer left = webhook.failuresLeft.computeIfPresent(sent.get("userId").asString(), (k, n) -> n - 1);
                boolean fail = left != null && left >= 0;
                if (!fail) {
                    webhook.received.add(sent);
                }
                exchange.sendResponseHeaders(fail ? 503 : 204, -1);
                exchange.close();
            });
            webhook.server.start();
            return webhook;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        public void failFirstTwoFor(UUID userId) {
            failuresLeft.put(userId.toString(), 2);
        }

        public List<JsonNode> to(UUID userId) {
            return received.stream().filter(sent -> sent.get("userId").asString().equals(userId.toString())).toList();
        }
    }
}
