package io.livedrop.gateway;

import java.time.Duration;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Test timeouts: connect 500 ms, response 1 s. The order-svc stand-in is down (a closed port). */
class UpstreamFailureIT extends GatewayIntegrationTest {

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void slowServiceAnswers503WhenTheResponseTimeoutFires() {
        String path = "/api/v1/search/slow-" + UUID.randomUUID();
        // The stub would answer 200, but only after the gateway's 1 s response timeout.
        service("search-svc").stub(path, Upstream.Reply.json(200, "{}").after(Duration.ofSeconds(10)));

        var response = client.get().uri(path).exchange();

        expectProblem(response, 503, "service-unavailable");
    }

    @Test
    void downServiceAnswers503AndItsCircuitBreakerOpens() {
        for (int i = 0; i < 4; i++) {
            expectProblem(client.get().uri("/api/v1/orders/" + UUID.randomUUID())
                    .header("Authorization", "Bearer " + token()).exchange(), 503, "service-unavailable");
        }

        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker(DOWN_SERVICE).getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
        expectProblem(client.get().uri("/api/v1/orders/" + UUID.randomUUID())
                .header("Authorization", "Bearer " + token()).exchange(), 503, "service-unavailable");
    }
}
