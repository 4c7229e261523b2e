package io.livedrop.user.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class AccessTokensTest {

    private static final RSAKey KEY = SigningKeys.generate();
    private static final SigningKeys KEYS = SigningKeys.of(KEY, List.of());
    private static final Duration TTL = Duration.ofMinutes(15);

    private final AccessTokens tokens = new AccessTokens(KEYS, TTL, Clock.systemUTC());
    private final JwtDecoder decoder = AccessTokenDecoder.create(KEYS, jti -> false);

    @Test
    void tokenCarriesSubjectRolesIdIssuerTimesAndKeyId() throws Exception {
        String userId = UUID.randomUUID().toString();

        IssuedToken issued = tokens.issue(userId, Set.of("FAN", "CREATOR"));

        SignedJWT jwt = SignedJWT.parse(issued.value());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(userId);
        assertThat(claims.getStringListClaim("roles")).containsExactly("CREATOR", "FAN");
        assertThat(claims.getJWTID()).isEqualTo(issued.id());
        assertThat(claims.getIssuer()).isEqualTo("livedrop-user-svc");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(TTL);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(issued.expiresAt());
    }

    @Test
    void issuedTokenVerifies() {
        IssuedToken issued = tokens.issue("3f0c2f4e-0000-7000-8000-000000000001", Set.of("FAN"));

        Jwt jwt = decoder.decode(issued.value());

        assertThat(jwt.getSubject()).isEqualTo("3f0c2f4e-0000-7000-8000-000000000001");
        assertThat(jwt.getId()).isEqualTo(issued.id());
    }

    @Test
    void lifetimeIsConfigurable() {
        AccessTokens shortLived = new AccessTokens(KEYS, Duration.ofMinutes(2), Clock.systemUTC());

        IssuedToken issued = shortLived.issue("client", Set.of("SERVICE"));

        assertThat(decoder.decode(issued.value()).getExpiresAt())
                .isEqualTo(decoder.decode(issued.value()).getIssuedAt().plus(Duration.ofMinutes(2)));
    }

    @Test
    void expiredTokenIsRefused() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String expired = new AccessTokens(KEYS, TTL, anHourAgo).issue("user", Set.of("FAN")).value();

        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @Test
    void tamperedClaimsBreakTheSignature() {
        String[] parts = tokens.issue("user", Set.of("FAN")).value().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"FAN\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes())
                + "." + parts[2];

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(JwtException.class);
    }

    @Test
    void unsignedTokenIsRefused() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(tokens.issue("user", Set.of("ADMIN")).value()).getJWTClaimsSet();

        assertThatThrownBy(() -> decoder.decode(new PlainJWT(claims).serialize())).isInstanceOf(JwtException.class);
    }

    @Test
    void tokenSignedByAnotherKeyWithOurKeyIdIsRefused() throws Exception {
        SignedJWT genuine = SignedJWT.parse(tokens.issue("user", Set.of("FAN")).value());
        SignedJWT forged = new SignedJWT(genuine.getHeader(), genuine.getJWTClaimsSet());
        forged.sign(new RSASSASigner(SigningKeys.generate()));

        assertThatThrownBy(() -> decoder.decode(forged.serialize())).isInstanceOf(JwtException.class);
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(
                SignedJWT.parse(tokens.issue("user", Set.of("FAN")).value()).getJWTClaimsSet())
                .issuer("someone-else").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(KEY));

        assertThatThrownBy(() -> decoder.decode(jwt.serialize())).isInstanceOf(JwtException.class);
    }

    @Test
    void deniedTokenIsRefused() {
        IssuedToken issued = tokens.issue("user", Set.of("FAN"));
        JwtDecoder denying = AccessTokenDecoder.create(KEYS, issued.id()::equals);

        assertThatThrownBy(() -> denying.decode(issued.value())).isInstanceOf(JwtException.class)
                .hasMessageContaining("revoked");
        assertThat(denying.decode(tokens.issue("user", Set.of("FAN")).value())).isNotNull();
    }

    @Test
    void afterRotationTokensOfThePreviousKeyStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        RSAKey next = SigningKeys.generate();
        SigningKeys rotated = SigningKeys.of(next, List.of(KEY));
        String beforeRotation = tokens.issue("user", Set.of("FAN")).value();

        String afterRotation = new AccessTokens(rotated, TTL, Clock.systemUTC()).issue("user", Set.of("FAN")).value();

        JwtDecoder verifier = AccessTokenDecoder.create(rotated, jti -> false);
        assertThat(verifier.decode(beforeRotation).getHeaders()).containsEntry("kid", KEY.getKeyID());
        assertThat(verifier.decode(afterRotation).getHeaders()).containsEntry("kid", next.getKeyID());
        assertThat(rotated.published().getKeys()).hasSize(2);
    }
}
