package io.livedrop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import io.livedrop.testinfra.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

class AuthenticationIT extends GatewayIntegrationTest {

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void requestWithoutTokenIsRefusedWith401BeforeTheServiceIsCalled() {
        String path = "/api/v1/notifications/" + UUID.randomUUID();

        var response = client.get().uri(path).exchange();

        expectProblem(response, 401, "unauthorized");
        response.expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        assertThat(service("notification-svc").received(path)).isEmpty();
    }

    static Stream<Named<String>> badTokens() {
        String valid = TOKENS.token().sign();
        String[] parts = valid.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"" + UUID.randomUUID() + "\",\"iss\":\"livedrop-user-svc\",\"jti\":\"x\",\"exp\":"
                        + Instant.now().plusSeconds(300).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Named.of("expired", TOKENS.token().expiresAt(Instant.now().minus(Duration.ofMinutes(5))).sign()),
                Named.of("tampered claims", parts[0] + "." + otherClaims + "." + parts[2]),
                Named.of("alg none", TOKENS.token().unsigned()),
                Named.of("signed by a foreign key with a known kid", TestTokens.newKey("key-1").token().sign()),
                Named.of("signed by a foreign key with an unknown kid", TestTokens.newKey("foreign").token().sign()),
                Named.of("another issuer", TOKENS.token().issuer("someone-else").sign()),
                Named.of("without jti", TOKENS.token().jti(null).sign()),
                Named.of("not a JWT", "not-a-token"));
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void badTokenIsRefusedWith401BeforeTheServiceIsCalled(String token) {
        String path = "/api/v1/notifications/" + UUID.randomUUID();

        var response = client.get().uri(path).header("Authorization", "Bearer " + token).exchange();

        expectProblem(response, 401, "unauthorized");
        response.expectHeader().value("WWW-Authenticate", value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""));
        assertThat(service("notification-svc").received(path)).isEmpty();
    }

    @Test
    void publicRoutePassesWithoutToken() {
        String path = "/api/v1/search/products";

        client.get().uri(path + "?q=mug").exchange().expectStatus().isOk();

        assertThat(service("search-svc").received(path)).isNotEmpty();
    }

    @Test
    void validTokenIsForwardedUnchangedWithTheUserIdFromIt() {
        String userId = UUID.randomUUID().toString();
        String token = TOKENS.token().subject(userId).sign();
        String path = "/api/v1/notifications/" + UUID.randomUUID();

        client.get().uri(path).header("Authorization", "Bearer " + token).exchange().expectStatus().isOk();

        Upstream.Received received = service("notification-svc").received(path).getFirst();
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("X-User-Id")).isEqualTo(userId);
    }

    @Test
    void clientSentPlatformHeadersAreReplacedNeverPassedThrough() {
        String userId = UUID.randomUUID().toString();
        String path = "/api/v1/notifications/" + UUID.randomUUID();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        client.get().uri(path)
                .header("Authorization", "Bearer " + TOKENS.token().subject(userId).sign())
                .header("X-User-Id", "someone-else")
                .header("X-User-Roles", "ADMIN")
                .header("X-Internal-Service-Token", "forged")
                .header("X-Forwarded-User", "admin")
                .header("X-LiveDrop-Tenant", "other")
                .header("traceparent", traceparent)
                .exchange().expectStatus().isOk();

        Upstream.Received received = service("notification-svc").received(path).getFirst();
        assertThat(received.headers().getAll("X-User-Id")).containsExactly(userId);
        assertThat(received.header("X-User-Roles")).isNull();
        assertThat(received.header("X-Internal-Service-Token")).isNull();
        assertThat(received.header("X-Forwarded-User")).isNull();
        assertThat(received.header("X-LiveDrop-Tenant")).isNull();
        assertThat(received.header("traceparent")).isEqualTo(traceparent);
    }

    @Test
    void anonymousRequestCannotClaimAUserId() {
        String path = "/api/v1/search/creators";

        client.get().uri(path + "?q=" + UUID.randomUUID()).header("X-User-Id", UUID.randomUUID().toString())
                .exchange().expectStatus().isOk();

        assertThat(service("search-svc").received(path).getLast().header("X-User-Id")).isNull();
    }

    @Test
    void tokenWhoseJtiIsRevokedIsRefusedWith401() {
        String jti = UUID.randomUUID().toString();
        String token = TOKENS.token().jti(jti).sign();
        String path = "/api/v1/notifications/unread-count";
        client.get().uri(path).header("Authorization", "Bearer " + token).exchange().expectStatus().isOk();
        int calls = service("notification-svc").received(path).size();

        redis.opsForValue().set("ld:user:revoked-jti:" + jti, "1", Duration.ofMinutes(5)).block();
        var response = client.get().uri(path).header("Authorization", "Bearer " + token).exchange();

        expectProblem(response, 401, "unauthorized");
        assertThat(service("notification-svc").received(path)).hasSize(calls);
    }

    @Test
    void newSigningKeyIsFetchedWhenATokenNamesAnUnknownKid() {
        String path = "/api/v1/notifications/unread-count";
        client.get().uri(path).header("Authorization", "Bearer " + token()).exchange().expectStatus().isOk();
        TestTokens.SigningKey rotated = TestTokens.newKey("key-" + UUID.randomUUID());
        service("user-svc").stub("/.well-known/jwks.json", Upstream.Reply.json(200,
                new JWKSet(List.of(TOKENS.publicJwk(), rotated.publicJwk())).toString()));

        client.get().uri(path).header("Authorization", "Bearer " + rotated.token().sign())
                .exchange().expectStatus().isOk();
    }
}
