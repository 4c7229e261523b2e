package io.livedrop.user.token;

import java.time.Instant;

/**
 * A signed access token.
 *
 * @param value the compact JWT
 * @param id its {@code jti}
 * @param expiresAt its {@code exp}
 */
public record IssuedToken(String value, String id, Instant expiresAt) {
}
