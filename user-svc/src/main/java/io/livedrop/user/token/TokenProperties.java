package io.livedrop.user.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.users.tokens.*}.
 *
 * @param accessTokenTtl how long an access token (and a service token) is valid
 * @param refreshTokenTtl how long a refresh token is valid; each rotation starts a new one
 * @param signingKey the RSA private key that signs access tokens, PEM PKCS#8 ({@code BEGIN PRIVATE KEY});
 *        when absent, only the {@code local} profile starts, with a key generated at start-up
 * @param previousPublicKey after a rotation, the public key that signed until then, PEM
 *        ({@code BEGIN PUBLIC KEY}): still published and accepted until its tokens have expired
 */
@ConfigurationProperties("livedrop.users.tokens")
public record TokenProperties(
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        String signingKey,
        String previousPublicKey) {
}
