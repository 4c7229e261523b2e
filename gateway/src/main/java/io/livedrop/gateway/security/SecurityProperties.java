package io.livedrop.gateway.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.security.*}, the same names the services use.
 *
 * @param jwksUri where user-svc publishes the keys that sign access tokens
 * @param issuer the {@code iss} every access token must carry
 * @param jwksTimeout how long a JWKS fetch may take; keys are cached, so a fetch is rare, but a
 *        stalled user-svc must not hold requests
 */
@ConfigurationProperties("livedrop.security")
record SecurityProperties(
        @DefaultValue("http://127.0.0.1:8081/.well-known/jwks.json") URI jwksUri,
        @DefaultValue("livedrop-user-svc") String issuer,
        @DefaultValue("3s") Duration jwksTimeout) {
}
