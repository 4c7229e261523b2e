package io.livedrop.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
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

    static TestTokens withNewKey(String kid) {
        try {
            return new TestTokens(new RSAKeyGenerator(2048).keyID(kid).generate());
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    RSAKey publicKey() {
        return key.toPublicJWK();
    }

    Builder token() {
        return new Builder();
    }

    final class Builder {

        private String subject = UUID.randomUUID().toString();
        private String jti = UUID.randomUUID().toString();
        private String issuer = ISSUER;
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

        Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        Builder jti(String jti) {
            this.jti = jti;
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
            return new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .claim("roles", List.of("FAN"))
                    .jwtID(jti)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                    .expirationTime(Date.from(expiresAt))
                    .build();
        }
    }
}
