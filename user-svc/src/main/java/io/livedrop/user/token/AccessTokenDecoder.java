package io.livedrop.user.token;

import java.util.function.Predicate;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How user-svc verifies access tokens on its own routes: like every service (RS256 only, signature,
 * expiry, issuer), but against its own keys in memory rather than over HTTP, and refusing a token whose
 * {@code jti} has been denied.
 */
final class AccessTokenDecoder {

    private AccessTokenDecoder() {
    }

    /** @param denied whether a {@code jti} has been revoked */
    static JwtDecoder create(SigningKeys keys, Predicate<String> denied) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys.published()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(AccessTokens.ISSUER), notDenied(denied)));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> notDenied(Predicate<String> denied) {
        return jwt -> jwt.getId() != null && !denied.test(jwt.getId()) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token has been revoked", null));
    }
}
