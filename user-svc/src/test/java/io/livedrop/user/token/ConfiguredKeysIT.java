package io.livedrop.user.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A non-local profile, as in production: keys come from configuration, after a rotation; nothing of
 * the local profile's conveniences applies.
 */
@ActiveProfiles("production")
class ConfiguredKeysIT extends HttpIntegration {

    private static final KeyPair CURRENT = TestKeys.rsa(2048);
    private static final KeyPair PREVIOUS = TestKeys.rsa(2048);
    private static final String ADMIN_EMAIL = "admin-" + UUID.randomUUID() + "@example.com";

    @DynamicPropertySource
    static void configuration(DynamicPropertyRegistry registry) {
        registry.add("livedrop.users.tokens.signing-key", () -> TestKeys.privatePem(CURRENT));
        registry.add("livedrop.users.tokens.previous-public-key", () -> TestKeys.publicPem(PREVIOUS));
        registry.add("livedrop.users.admin.email", () -> ADMIN_EMAIL);
    }

    @Test
    void jwksListsTheCurrentAndThePreviousKey() {
        Api.Response jwks = api.get("/.well-known/jwks.json");

        assertThat(jwks.json().path("keys").valueStream().map(key -> key.path("kid").asString()))
                .containsExactly(keyOf(CURRENT).getKeyID(), keyOf(PREVIOUS).getKeyID());
    }

    @Test
    void newTokensAreSignedWithTheCurrentKey() throws Exception {
        Session fan = aSignedInFan();

        assertThat(SignedJWT.parse(fan.accessToken()).getHeader().getKeyID()).isEqualTo(keyOf(CURRENT).getKeyID());
    }

    @Test
    void tokensSignedWithThePreviousKeyStillWorkUntilTheyExpire() {
        Session fan = aSignedInFan();
        SigningKeys beforeRotation = SigningKeys.of(keyOf(PREVIOUS), List.of());
        String oldToken = new AccessTokens(beforeRotation, Duration.ofMinutes(15), Clock.systemUTC())
                .issue(fan.id().toString(), Set.of("FAN")).value();

        assertThat(api.get("/api/v1/users/me", oldToken).status()).isEqualTo(200);
    }

    @Test
    void noAdministratorWithoutAConfiguredPassword() {
        Api.Response login = api.post("/api/v1/auth/login", Map.of("email", ADMIN_EMAIL, "password", "local-admin-password"));

        assertThat(login.status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/signup", Map.of("email", ADMIN_EMAIL, "password", "s0me-password",
                "displayName", "Not Admin")).status()).as("the email has no account").isEqualTo(201);
    }

    @Test
    void noServiceClientsUnlessConfigured() {
        Api.Response response = api.post("/internal/service-tokens",
                Map.of("clientId", "creator-svc", "clientSecret", "local-creator-svc-secret"));

        assertThat(response.status()).isEqualTo(401);
    }

    private static RSAKey keyOf(KeyPair pair) {
        return SigningKeys.load(SigningKeysTest.properties(TestKeys.privatePem(pair), null), false).current();
    }
}
