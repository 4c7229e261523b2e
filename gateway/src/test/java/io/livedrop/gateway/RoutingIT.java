package io.livedrop.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class RoutingIT extends GatewayIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void unknownRouteIsANotFoundProblem() {
        var response = client.get().uri("/api/v1/no-such-thing").header("Authorization", "Bearer " + token()).exchange();

        expectProblem(response, 404, "not-found");
    }

    @Test
    void unknownRouteIsANotFoundProblemAlsoWithoutAToken() {
        expectProblem(client.get().uri("/api/v1/no-such-thing").exchange(), 404, "not-found");
    }

    @Test
    void knownRouteWithoutATokenIsStillRefused() {
        expectProblem(client.get().uri("/api/v1/users/me").exchange(), 401, "unauthorized");
    }

    @Test
    void internalPathsAreNeverRouted() {
        var response = client.get().uri("/internal/users/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + token()).exchange();

        expectProblem(response, 404, "not-found");
    }

    @Test
    void mostSpecificRouteWinsWhereServicesSharePathPrefixes() {
        String creator = UUID.randomUUID().toString();
        String user = UUID.randomUUID().toString();

        assertRoutedTo("/api/v1/creators/" + creator + "/followers", "follow-svc");
        assertRoutedTo("/api/v1/creators/" + creator + "/follower-count", "follow-svc");
        assertRoutedTo("/api/v1/creators/" + creator + "/products", "product-svc");
        assertRoutedTo("/api/v1/creators/" + creator + "/drops", "drop-svc");
        assertRoutedTo("/api/v1/creators/" + creator, "creator-svc");
        assertRoutedTo("/api/v1/users/" + user + "/following", "follow-svc");
        assertRoutedTo("/api/v1/users/" + user, "user-svc");
        assertRoutedTo("/api/v1/drops?status=LIVE&limit=" + (1 + (int) (Math.random() * 100)), "drop-svc");
    }

    private void assertRoutedTo(String uri, String serviceName) {
        client.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(serviceName);
    }

    @Test
    void meRoutesOfUsersNeedAToken() {
        expectProblem(client.get().uri("/api/v1/users/me").exchange(), 401, "unauthorized");

        client.get().uri("/api/v1/users/me").header("Authorization", "Bearer " + token()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("user-svc");
    }

    @Test
    void requestIdIsGeneratedWhenAbsentAndPassedToTheServiceAndBack() {
        String path = "/api/v1/search/suggest";

        String echoed = client.get().uri(path + "?prefix=" + UUID.randomUUID()).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(service("search-svc").received(path).getLast().header("X-Request-Id")).isEqualTo(echoed);
    }

    @Test
    void requestIdSentByTheClientIsKept() {
        String id = "req-" + UUID.randomUUID();

        client.get().uri("/api/v1/no-such-thing").header("X-Request-Id", id).exchange()
                .expectHeader().valueEquals("X-Request-Id", id);
    }

    @Test
    void webSocketIsProxiedWithTheTokenFromTheQueryAndTheUserId() {
        String userId = UUID.randomUUID().toString();

        List<String> messages = firstMessageOnASocketOf(userId);

        assertThat(messages).containsExactly("hello " + userId);
    }

    @Test
    void aProxiedWebSocketLeavesNoUpstreamRequestActiveBehind() {
        await().atMost(Duration.ofSeconds(10)).until(() -> activeSocketRequests() == 0);

        List<String> messages = firstMessageOnASocketOf(UUID.randomUUID().toString());

        assertThat(messages).hasSize(1);
        // Each one left behind was an active request to the metrics, and memory, for the life of the process.
        await().atMost(Duration.ofSeconds(10)).until(() -> activeSocketRequests() == 0);
    }

    @Test
    void webSocketWithoutTokenIsRefused() {
        assertThatThrownBy(() -> new ReactorNettyWebSocketClient()
                .execute(URI.create("ws://127.0.0.1:" + port + "/ws/notifications"), session -> session.receive().then())
                .block(Duration.ofSeconds(10)))
                .hasMessageContaining("401");
    }

    @Test
    void eachServicesOpenApiDocumentIsServedUnderItsName() {
        client.get().uri("/v3/api-docs/product-svc").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("product-svc")
                .jsonPath("$.path").isEqualTo("/v3/api-docs");

        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls.length()").isEqualTo(8)
                .jsonPath("$.urls[?(@.name == 'drop-svc')].url").isEqualTo("/v3/api-docs/drop-svc");

        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void corsPreflightFromAnAllowedOriginIsAnswered() {
        client.options().uri("/api/v1/products/" + UUID.randomUUID())
                .header("Origin", "https://app.livedrop.test")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.livedrop.test");
    }

    @Test
    void corsPreflightFromAnotherOriginIsRefused() {
        client.options().uri("/api/v1/products/" + UUID.randomUUID())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void healthReportsRedisAndTheProbesAreUp() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    /** Opens a socket through the gateway with the user's token in the query; takes one message and closes it. */
    private List<String> firstMessageOnASocketOf(String userId) {
        String token = TOKENS.token().subject(userId).sign();
        List<String> messages = new CopyOnWriteArrayList<>();
        new ReactorNettyWebSocketClient().execute(
                        URI.create("ws://127.0.0.1:" + port + "/ws/notifications?access_token=" + token),
                        session -> session.receive().take(1).map(WebSocketMessage::getPayloadAsText)
                                .doOnNext(messages::add).then())
                .block(Duration.ofSeconds(10));
        return messages;
    }

    private int activeSocketRequests() {
        return meters.find("http.client.requests.active").tag("spring.cloud.gateway.route.id", "notification-ws")
                .longTaskTimers().stream().mapToInt(LongTaskTimer::activeTasks).sum();
    }
}
