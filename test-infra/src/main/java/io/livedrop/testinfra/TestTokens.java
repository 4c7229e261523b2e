package io.livedrop.testinfra;

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
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens shaped exactly like user-svc's (RS256, issuer {@value #ISSUER}, {@code sub},
 * {@code roles}, {@code jti}, {@code kid}), signed by a test key whose JWKS a local HTTP server
 * publishes. A service test points {@code livedrop.security.jwks-uri} at {@link #jwksUri()}:
 * <pre>
 * &#64;DynamicPropertySource
 * static void keys(DynamicPropertyRegistry registry) {
 *     registry.add("livedrop.security.jwks-uri", TestTokens::jwksUri);
 * }
 * </pre>
 * Tests of the token check itself make keys of their own with {@link #newKey(String)}.
 */
public final class TestTokens {

    public static final String ISSUER = "livedrop-user-svc";

    private static final SigningKey DEFAULT_KEY = newKey("test-key");
    private static final SigningKey FOREIGN_KEY = newKey("foreign-key");
    private static HttpServer jwksServer;

    private TestTokens() {
    }

    /** The URL of the default key's JWKS, served from first use for the JVM's life. */
    public static synchronized String jwksUri() {
        if (jwksServer == null) {
            try {
                jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the test JWKS server", e);
            }
            byte[] body = DEFAULT_KEY.jwksJson().getBytes(StandardCharsets.UTF_8);
            jwksServer.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            jwksServer.start();
        }
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** A valid 15-minute token of a user with these roles. */
    public static String accessToken(UUID userId, String... roles) {
        return token().subject(userId.toString()).roles(roles).sign();
    }

    /** A service token, as user-svc issues to another service: {@code sub} = client id, role SERVICE. */
    public static String serviceToken(String clientId) {
        return token().subject(clientId).roles("SERVICE").sign();
    }

    /** A token of the default key, to shape. */
    public static Builder token() {
        return DEFAULT_KEY.token();
    }

    /** A new RSA key with this {@code kid}: a rotated key, or one the service must not trust. */
    public static SigningKey newKey(String keyId) {
        try {
            return new SigningKey(new RSAKeyGenerator(2048).keyID(keyId).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One signing key and the tokens it signs. */
    public static final class SigningKey {

        private final RSAKey key;

        private SigningKey(RSAKey key) {
            this.key = key;
        }

        public RSAKey publicJwk() {
            return key.toPublicJWK();
        }

        public String jwksJson() {
            return new JWKSet(publicJwk()).toString();
        }

        public Builder token() {
            return new Builder(key);
        }
    }

    /** A token to shape, e.g. expired, from another issuer, or signed by a key the JWKS does not list. */
    public static final class Builder {

        private RSAKey key;
        private String subject = UUID.randomUUID().toString();
        private List<String> roles = List.of("FAN");
        private String issuer = ISSUER;
        private String jti = UUID.randomUUID().toString();
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));

        private Builder(RSAKey key) {
            this.key = key;
        }

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder subject(UUID value) {
            return subject(value.toString());
        }

        public Builder roles(String... values) {
            this.roles = List.of(values);
            return this;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder jti(String value) {
            this.jti = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        public Builder expired() {
            return expiresAt(Instant.now().minus(Duration.ofMinutes(45)));
        }

        public Builder signedWithForeignKey() {
            this.key = FOREIGN_KEY.key;
            return this;
        }

        public String sign() {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }

        /** The same claims with {@code alg: none} and no signature. */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        private JWTClaimsSet claims() {
            return new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .claim("roles", roles)
                    .jwtID(jti)
                    .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                    .expirationTime(Date.from(expiresAt))
                    .build();
        }
    }
}
