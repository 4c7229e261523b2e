package io.livedrop.gateway;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Test limits: 60 requests per address or user, 45 logins and sign-ups per address; lockout after 20. */
class RateLimitIT extends GatewayIntegrationTest {

    private static final String LOGIN = "/api/v1/auth/login";

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void anonymousClientOverItsLimitGets429WithRetryAfter() {
        int passed = sendUntilRefused(() -> client.get().uri("/api/v1/search/products?q=mug"), 80);

        assertThat(passed).isBetween(60, 62);
        var refused = client.get().uri("/api/v1/search/products?q=mug").exchange();
        expectProblem(refused, 429, "rate-limited");
        refused.expectHeader().value("Retry-After", value -> assertThat(Integer.parseInt(value)).isBetween(1, 2));
        Duration ttl = redis.getExpire("ld:gateway:rl:{ip:" + clientAddress + "}").block();
        assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(121));
    }

    @Test
    void eachUserHasTheirOwnLimit() {
        String heavyUser = token();
        int passed = sendUntilRefused(() -> client.get().uri("/api/v1/notifications/unread-count")
                .header("Authorization", "Bearer " + heavyUser), 80);

        assertThat(passed).isBetween(60, 62);
        client.get().uri("/api/v1/notifications/unread-count").header("Authorization", "Bearer " + token())
                .exchange().expectStatus().isOk();
    }

    @Test
    void signUpIsLimitedSoonerThanOtherRequests() {
        int passed = sendUntilRefused(() -> client.post().uri("/api/v1/auth/signup")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"" + UUID.randomUUID() + "@example.com\"}"), 80);

        assertThat(passed).isBetween(45, 46);
        client.get().uri("/api/v1/search/products?q=mug").exchange().expectStatus().isOk();
    }

    @Test
    void twentyFailedLoginsInARowLockLoginsFromThatAddress() {
        stubLogin();
        int attemptsBefore = service("user-svc").received(LOGIN).size();
        for (int i = 0; i < 20; i++) {
            login("wrong").expectStatus().isUnauthorized();
        }

        var locked = login("right");

        expectProblem(locked, 429, "rate-limited");
        locked.expectHeader().value("Retry-After",
                value -> assertThat(Integer.parseInt(value)).isBetween(890, 900));
        assertThat(service("user-svc").received(LOGIN)).hasSize(attemptsBefore + 20);
        client.get().uri("/api/v1/search/products?q=mug").exchange().expectStatus().isOk();
    }

    @Test
    void successfulLoginResetsTheCountOfFailures() {
        stubLogin();
        for (int i = 0; i < 19; i++) {
            login("wrong").expectStatus().isUnauthorized();
        }
        login("right").expectStatus().isOk();

        for (int i = 0; i < 19; i++) {
            login("wrong").expectStatus().isUnauthorized();
        }
        login("right").expectStatus().isOk();
    }

    private static void stubLogin() {
        service("user-svc").stub(LOGIN, request -> request.body().contains("wrong")
                ? Upstream.Reply.json(401, "{\"type\":\"https://livedrop.io/problems/unauthorized\",\"status\":401}")
                : Upstream.Reply.json(200, "{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"expiresIn\":900}"));
    }

    private WebTestClient.ResponseSpec login(String password) {
        return client.post().uri(LOGIN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"fan@example.com\",\"password\":\"" + password + "\"}")
                .exchange();
    }

    /** @return how many requests passed before the first 429 */
    private static int sendUntilRefused(Supplier<WebTestClient.RequestHeadersSpec<?>> request,
            int atMost) {
        for (int i = 0; i < atMost; i++) {
            EntityExchangeResult<byte[]> result = request.get().exchange().expectBody().returnResult();
            if (result.getStatus().value() == 429) {
                return i;
            }
            assertThat(result.getStatus().is2xxSuccessful()).as("request %d: %s", i, result.getStatus()).isTrue();
        }
        throw new AssertionError("no 429 after " + atMost + " requests");
    }
}
