package io.livedrop.web.testapp;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** Access tokens the way user-svc issues them, signed by a key generated for the test run. */
final class TestTokens {

    static final String ISSUER = "livedrop-user-svc";

    private final RSAKey key;

    private TestTokens(RSAKey key) {
        this.key = key;
    }

    /** All keys share one {@code kid}, so a token from another key fails on its signature, not its kid. */
    static TestTokens withNewKey() {
        try {
            return new TestTokens(new RSAKeyGenerator(2048).keyID("test-key").generate());
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    String jwksJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    Builder token() {
        return new Builder();
    }

    final class Builder {

        private UUID subject = UUID.randomUUID();
        private List<String> roles = List.of("FAN");
        private String issuer = ISSUER;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

        Builder subject(UUID subject) {
            this.subject = subject;
            return this;
        }

        Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        claims());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            }
            catch (JOSEException ex) {
                throw new IllegalStateException(ex);
            }
        }

        /** The same claims with {@code alg: none} and no signature. */
        String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        private JWTClaimsSet claims() {
            Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
            return new JWTClaimsSet.Builder()
                    .subject(subject.toString())
                    .issuer(issuer)
                    .claim("roles", roles)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .build();
        }
    }
}
