package io.livedrop.web.security;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.security.*}.
 *
 * @param jwksUri where user-svc publishes the keys that sign access tokens
 * @param issuer the {@code iss} every access token must carry
 * @param publicPaths routes of this service that need no token, in addition to health, docs and
 *        {@code /error}; each entry is {@code "/path/pattern"} (any method) or
 *        {@code "METHOD /path/pattern"}, see {@link PublicPath}
 */
@ConfigurationProperties("livedrop.security")
record LiveDropSecurityProperties(
        @DefaultValue("http://127.0.0.1:8081/.well-known/jwks.json") URI jwksUri,
        @DefaultValue("livedrop-user-svc") String issuer,
        @DefaultValue List<String> publicPaths) {
}
