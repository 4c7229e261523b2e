package io.livedrop.follow;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.EventCatalog;
import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.testinfra.TestTokens;

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
 * follow-svc on a random port against the real PostgreSQL, Redis and Kafka, called over HTTP with
 * user-svc-shaped tokens. Creators become known the way they do in production: creator-svc's events
 * on livedrop.creators. All integration tests share this one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A fresh consumer group each run reads livedrop.creators from the start, so no event this
        // run sends can be missed while the group is still joining.
        properties = "spring.kafka.consumer.group-id=follow-svc-it-${random.uuid}")
public abstract class FollowServiceHarness {

    protected static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
    }

    /** A token of a fan with this id. */
    protected static String fan(UUID userId) {
        return TestTokens.accessToken(userId, "FAN");
    }

    /** A creator page owned by a new user, known to follow-svc when this returns. */
    protected UUID aCreator() {
        return aCreatorOwnedBy(UuidV7.next());
    }

    protected UUID aCreatorOwnedBy(UUID ownerId) {
        UUID creatorId = UuidV7.next();
        String handle = "creator-" + creatorId.toString().substring(24);
        sendCreatorEvent(new CreatorCreated(creatorId, ownerId, handle, "Creator " + handle, null, Instant.now()),
                Instant.now());
        awaitOwner(creatorId, ownerId);
        return creatorId;
    }

    /** creator-svc hands the page to another user; returns when follow-svc has applied it. */
    protected void transferCreator(UUID creatorId, UUID newOwnerId) {
        sendCreatorEvent(new CreatorUpdated(creatorId, newOwnerId, "h-" + creatorId, "Creator", null, false,
                Instant.now()), Instant.now());
        awaitOwner(creatorId, newOwnerId);
    }

    /** Sends an event as creator-svc would, stamped with {@code time}; returns the event id. */
    protected UUID sendCreatorEvent(EventPayload payload, Instant time) {
        EventEnvelope<EventPayload> event = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, UUID.randomUUID(),
                "creator-svc", EventCatalog.typeOf(payload), time, payload.aggregateId(), EventEnvelope.JSON, null,
                payload);
        try {
            kafka.send(Topics.CREATORS, payload.aggregateId(), codec.encode(event)).get();
        }
        catch (Exception ex) {
            throw new IllegalStateException("could not send a creator event", ex);
        }
        return event.id();
    }

    /** Waits until follow-svc has consumed this event, whatever it did with it. */
    protected void awaitConsumed(UUID eventId) {
        await().atMost(EVENTUALLY).until(() -> jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?")
                .param(eventId).query(Integer.class).single() == 1);
    }

    protected UUID ownerOf(UUID creatorId) {
        return jdbc.sql("SELECT user_id FROM creator WHERE id = ?").param(creatorId).query(UUID.class).single();
    }

    private void awaitOwner(UUID creatorId, UUID ownerId) {
        await().atMost(EVENTUALLY).until(() -> jdbc.sql("SELECT user_id FROM creator WHERE id = ?")
                .param(creatorId).query(UUID.class).optional().filter(ownerId::equals).isPresent());
    }

    protected Response put(String path, String token) {
        return send(request(path, token).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    protected Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    protected Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    protected Response get(String path) {
        return get(path, null);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    protected record Response(int status, String contentType, String retryAfter, String body) {

        public JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        /** The slug of a problem's type, e.g. {@code self-follow}. */
        public String problemType() {
            return json().get("type").asString().substring("https://livedrop.io/problems/".length());
        }
    }
}
