package io.livedrop.testinfra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
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
 */
public final class TestTokens {

    public static final String ISSUER = "livedrop-user-svc";

    private static final RSAKey KEY = newKey("test-key");
    private static final RSAKey FOREIGN_KEY = newKey("foreign-key");
    private static HttpServer jwksServer;

    private TestTokens() {
    }

    /** The URL of the test JWKS, started on first use and kept for the JVM's life. */
    public static synchronized String jwksUri() {
        if (jwksServer == null) {
            try {
                jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start the test JWKS server", e);
            }
            byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
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

    public static Builder token() {
        return new Builder();
    }

    /** A token to shape, e.g. expired or signed by a key the JWKS does not list. */
    public static final class Builder {

        private String subject = UUID.randomUUID().toString();
        private List<String> roles = List.of("FAN");
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(15);
        private RSAKey key = KEY;

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder roles(String... values) {
            this.roles = List.of(values);
            return this;
        }

        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(1));
            return this;
        }

        public Builder signedWithForeignKey() {
            this.key = FOREIGN_KEY;
            return this;
        }

        public String sign() {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject(subject)
                    .claim("roles", roles)
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(lifetime)))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
