package io.livedrop.gateway;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;

import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/** Test limit: 16 KB. */
class BodyLimitIT extends GatewayIntegrationTest {

    @Test
    void bodyOverTheLimitIsRefusedWith413BeforeTheServiceIsCalled() {
        String path = "/api/v1/notifications/" + UUID.randomUUID() + "/read";

        var response = client.post().uri(path).header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json(17 * 1024))
                .exchange();

        expectProblem(response, 413, "payload-too-large");
        assertThat(service("notification-svc").received(path)).isEmpty();
    }

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void chunkedBodyOverTheLimitIsRefusedWith413WithoutCountingAgainstTheService() {
        CircuitBreaker.Metrics breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("notification-svc").getMetrics();
        int failuresBefore = breaker.getNumberOfFailedCalls();
        String path = "/api/v1/notifications/" + UUID.randomUUID() + "/read";
        Flux<DataBuffer> chunks = Flux.range(0, 20)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[1024]));

        var response = client.post().uri(path).header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(chunks, DataBuffer.class)
                .exchange();

        expectProblem(response, 413, "payload-too-large");
        assertThat(breaker.getNumberOfFailedCalls()).isEqualTo(failuresBefore);
    }

    @Test
    void bodyUnderTheLimitIsPassedOn() {
        String path = "/api/v1/notifications/" + UUID.randomUUID() + "/read";
        String body = json(15 * 1024);

        client.post().uri(path).header("Authorization", "Bearer " + token())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        assertThat(service("notification-svc").received(path).getFirst().body()).isEqualTo(body);
    }

    private static String json(int bytes) {
        String padding = "x".repeat(bytes - 12);
        String json = "{\"text\":\"" + padding + "\"}";
        assertThat(json.getBytes(StandardCharsets.UTF_8)).hasSizeBetween(bytes - 2, bytes + 2);
        return json;
    }
}
