package io.livedrop.user.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.livedrop.events.Topics;
import io.livedrop.events.user.UserUpdated;
import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;

class InternalRoutesIT extends HttpIntegration {

    /** The local profile's client (application.yml). */
    private static final Map<String, String> CREATOR_SVC = Map.of("clientId", "creator-svc",
            "clientSecret", "local-creator-svc-secret");

    @Test
    void configuredClientGetsAServiceToken() throws Exception {
        Api.Response response = api.post("/internal/service-tokens", CREATOR_SVC);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(response.json().path("expiresIn").asLong()).isEqualTo(900);
        JWTClaimsSet claims = SignedJWT.parse(response.json().path("accessToken").asString()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("creator-svc");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SERVICE");
    }

    @Test
    void wrongSecretOrUnknownClientGetsNoToken() {
        Api.Response wrongSecret = api.post("/internal/service-tokens",
                Map.of("clientId", "creator-svc", "clientSecret", "guess"));
        Api.Response unknownClient = api.post("/internal/service-tokens",
                Map.of("clientId", "order-svc", "clientSecret", "local-creator-svc-secret"));

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(unknownClient.status()).isEqualTo(401);
        assertThat(wrongSecret.body()).isEqualTo(unknownClient.body());
        assertThat(api.post("/internal/service-tokens", Map.of()).invalidFields())
                .containsExactlyInAnyOrder("clientId", "clientSecret");
    }

    @Test
    void serviceGrantsCreatorWhichTheUsersNextTokensCarry() throws Exception {
        Session fan = aSignedInFan();
        try (TopicProbe probe = TopicProbe.from(Topics.USERS)) {
            Api.Response grant = grantCreator(fan.id(), serviceToken());

            assertThat(grant.status()).as(grant.toString()).isEqualTo(204);
            assertThat(api.get("/api/v1/users/me", fan.accessToken()).json().path("roles").valueStream()
                    .map(role -> role.asString())).containsExactlyInAnyOrder("FAN", "CREATOR");
            String refreshed = api.post("/api/v1/auth/refresh", Map.of("refreshToken", fan.refreshToken()))
                    .json().path("accessToken").asString();
            assertThat(SignedJWT.parse(refreshed).getJWTClaimsSet().getStringListClaim("roles"))
                    .containsExactly("CREATOR", "FAN");
            UserUpdated updated = (UserUpdated) awaitEvent(probe, event -> event.data() instanceof UserUpdated user
                    && user.userId().equals(fan.id())).data();
            assertThat(updated.roles()).containsExactlyInAnyOrder("FAN", "CREATOR");
        }
        assertThat(grantCreator(fan.id(), serviceToken()).status()).as("granting again is harmless").isEqualTo(204);
    }

    @Test
    void fanCannotGrantRoles() {
        Session fan = aSignedInFan();

        Api.Response response = grantCreator(fan.id(), fan.accessToken());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problemType()).isEqualTo("https://livedrop.io/problems/forbidden");
    }

    @Test
    void grantingNeedsAToken() {
        assertThat(grantCreator(aSignedInFan().id(), null).status()).isEqualTo(401);
    }

    @Test
    void onlyCreatorCanBeGranted() {
        Session fan = aSignedInFan();

        Api.Response response = api.post("/internal/users/" + fan.id() + "/roles", Map.of("role", "ADMIN"),
                serviceToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.invalidFields()).containsExactly("role");
    }

    @Test
    void unknownUserIsNotFound() {
        assertThat(grantCreator(UUID.randomUUID(), serviceToken()).status()).isEqualTo(404);
    }

    private Api.Response grantCreator(UUID userId, String accessToken) {
        return api.post("/internal/users/" + userId + "/roles", Map.of("role", "CREATOR"), accessToken);
    }

    private String serviceToken() {
        return api.post("/internal/service-tokens", CREATOR_SVC).json().path("accessToken").asString();
    }
}
