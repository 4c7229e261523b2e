package io.livedrop.web.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.testinfra.TestTokens;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SecurityIntegrationTest extends WebIntegrationTest {

    @Test
    void requestWithoutTokenAnswers401ProblemWithBearerChallenge() {
        Response response = get("/test/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.wwwAuthenticate()).startsWith("Bearer");
        assertThat(response.json().get("type").asString()).isEqualTo("https://livedrop.io/problems/unauthorized");
        assertThat(response.json().get("instance").asString()).isEqualTo("/test/me");
    }

    @Test
    void validTokenResolvesCurrentUser() {
        UUID userId = UUID.randomUUID();

        Response response = get("/test/me", TOKENS.token().subject(userId).roles("FAN", "CREATOR").sign());

        assertThat(response.status()).isEqualTo(200);
        JsonNode caller = response.json();
        assertThat(caller.get("id").asString()).isEqualTo(userId.toString());
        assertThat(caller.get("roles").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("FAN", "CREATOR");
    }

    @Test
    void tokenSignedWithAnotherKeyAnswers401() {
        String forged = TestTokens.newKey("test-key").token().sign();

        assertInvalidToken(get("/test/me", forged));
    }

    @Test
    void expiredTokenAnswers401() {
        String expired = TOKENS.token().expiresAt(Instant.now().minusSeconds(600)).sign();

        assertInvalidToken(get("/test/me", expired));
    }

    @Test
    void unsignedAlgNoneTokenAnswers401() {
        assertInvalidToken(get("/test/me", TOKENS.token().unsigned()));
    }

    @Test
    void tokenFromAnotherIssuerAnswers401() {
        assertInvalidToken(get("/test/me", TOKENS.token().issuer("someone-else").sign()));
    }

    @Test
    void missingRoleOnPreAuthorizeAnswers403Problem() {
        Response response = get("/test/admin", TOKENS.token().roles("FAN").sign());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("https://livedrop.io/problems/forbidden");
    }

    @Test
    void requiredRoleOnPreAuthorizeIsLetThrough() {
        assertThat(get("/test/admin", TOKENS.token().roles("ADMIN").sign()).status()).isEqualTo(200);
    }

    @Test
    void ruleAddedByServiceCustomizerIsEnforcedWith403Problem() {
        assertThat(get("/test/creators-only", TOKENS.token().roles("FAN").sign()).status()).isEqualTo(403);
        assertThat(get("/test/creators-only", TOKENS.token().roles("CREATOR").sign()).status()).isEqualTo(200);
    }

    @Test
    void answersToTokenHoldersAreNeverStoredWhileAnonymousPublicReadsMayBe() {
        assertThat(get("/test/me", TOKENS.token().sign()).cacheControl()).contains("no-store");
        assertThat(get("/public/ping").cacheControl()).as("the gateway may cache public reads").isNull();
    }

    @Test
    void configuredPublicPathNeedsNoTokenForItsMethodOnly() {
        assertThat(get("/public/ping").status()).isEqualTo(200);
        assertThat(post("/public/ping", null, "text/plain", "").status()).isEqualTo(401);
    }

    @Test
    void healthProbesAndPrometheusArePublic() {
        assertThat(get("/actuator/health").status()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(send(request("/actuator/prometheus", null).setHeader("Accept", "text/plain").GET()).status())
                .isEqualTo(200);
    }

    private static void assertInvalidToken(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.wwwAuthenticate()).contains("invalid_token");
        assertThat(response.json().get("detail").asString()).isEqualTo("The access token is invalid or has expired.");
    }
}
