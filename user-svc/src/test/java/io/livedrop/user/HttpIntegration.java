package io.livedrop.user;

import io.livedrop.testinfra.TopicProbe;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;

import tools.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service on a random port, on the real PostgreSQL, Redis and Kafka, driven over HTTP. Tests that
 * share this configuration share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class HttpIntegration {

    private static final Duration EVENT_DELIVERY = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private EventCodec codec;

    protected Api api;

    @BeforeEach
    void connect() {
        api = new Api("http://127.0.0.1:" + port);
    }

    /** Signs up and logs in. */
    protected Session aSignedInFan() {
        return signedIn(SignUp.aFan());
    }

    protected Session signedIn(SignUp signUp) {
        Api.Response created = api.post("/api/v1/auth/signup", signUp.body());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().path("id").asString());
        return logIn(id, signUp.email(), signUp.password());
    }

    protected Session logIn(UUID id, String email, String password) {
        Api.Response login = api.post("/api/v1/auth/login", Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        JsonNode tokens = login.json();
        return new Session(id, email, password, tokens.path("accessToken").asString(),
                tokens.path("refreshToken").asString());
    }

    /** Waits for an event on the probe's topic, for the time the outbox relay may take. */
    protected EventEnvelope<EventPayload> awaitEvent(TopicProbe probe, Predicate<EventEnvelope<EventPayload>> match) {
        ConsumerRecord<String, String> record = probe.await(
                candidate -> codec.decode(candidate.value()).filter(match).isPresent(), EVENT_DELIVERY);
        return codec.decode(record.value()).orElseThrow();
    }

    /** A signed-in user and the tokens of that login. */
    protected record Session(UUID id, String email, String password, String accessToken, String refreshToken) {
    }
}
