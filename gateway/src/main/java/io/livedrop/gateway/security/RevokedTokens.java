package io.livedrop.gateway.security;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * A decoder that also refuses tokens revoked before they expire (logout, password change): user-svc
 * writes {@code ld:user:revoked-jti:<jti>} with the token's remaining lifetime. A Redis failure is
 * not a refusal: it surfaces as a 503, never as a silently accepted revoked token.
 */
record RevokedTokens(ReactiveJwtDecoder delegate, ReactiveStringRedisTemplate redis) implements ReactiveJwtDecoder {

    static final String KEY_PREFIX = "ld:user:revoked-jti:";

    @Override
    public Mono<Jwt> decode(String token) {
        return delegate.decode(token).flatMap(jwt -> redis.hasKey(KEY_PREFIX + jwt.getId())
                .flatMap(revoked -> revoked
                        ? Mono.error(new BadJwtException("The access token has been revoked"))
                        : Mono.just(jwt)));
    }
}
