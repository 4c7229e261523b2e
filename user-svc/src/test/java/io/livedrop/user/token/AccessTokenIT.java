package io.livedrop.user.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;

import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import io.livedrop.user.Api;
import io.livedrop.user.HttpIntegration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** Forged, broken and stale tokens against a route that needs one. */
class AccessTokenIT extends HttpIntegration {

    @Autowired
    SigningKeys keys;

    @Test
    void jwksIsPublicAndHoldsTheKeyThatSignsTokensAndNoPrivatePart() throws Exception {
        Session fan = aSignedInFan();

        Api.Response jwks = api.get("/.well-known/jwks.json");

        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().path("keys").get(0);
        assertThat(jwks.json().path("keys").size()).isEqualTo(1);
        assertThat(key.path("kid").asString()).isEqualTo(SignedJWT.parse(fan.accessToken()).getHeader().getKeyID());
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("alg").asString()).isEqualTo("RS256");
        assertThat(key.has("d")).isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void expiredTokenIsRefused() {
        Session fan = aSignedInFan();
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new AccessTokens(keys, Duration.ofMinutes(15), twoHoursAgo)
                .issue(fan.id().toString(), Set.of("FAN")).value();

        assertRefused(expired);
    }

    @Test
    void tamperedTokenIsRefused() {
        Session fan = aSignedInFan();
        String[] parts = fan.accessToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"FAN\"", "\"ADMIN\"");

        assertRefused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "."
                + parts[2]);
    }

    @Test
    void unsignedTokenIsRefused() throws Exception {
        Session fan = aSignedInFan();
        JWTClaimsSet claims = SignedJWT.parse(fan.accessToken()).getJWTClaimsSet();

        assertRefused(new PlainJWT(claims).serialize());
    }

    @Test
    void tokenSignedWithAForeignKeyIsRefused() throws Exception {
        Session fan = aSignedInFan();
        SignedJWT genuine = SignedJWT.parse(fan.accessToken());
        SignedJWT forged = new SignedJWT(genuine.getHeader(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(SigningKeys.generate()));

        assertRefused(forged.serialize());
    }

    @Test
    void garbageIsRefused() {
        assertRefused("not-a-token");
    }

    private void assertRefused(String token) {
        Api.Response response = api.get("/api/v1/users/me", token);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("https://livedrop.io/problems/unauthorized");
    }
}
