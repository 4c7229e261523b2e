package io.livedrop.user.token;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
class TokenConfiguration {

    /** The only profile that may sign with a generated key. */
    static final String LOCAL_PROFILE = "local";

    @Bean
    SigningKeys signingKeys(TokenProperties properties, Environment environment) {
        return SigningKeys.load(properties, environment.matchesProfiles(LOCAL_PROFILE));
    }

    @Bean
    AccessTokens accessTokens(SigningKeys keys, TokenProperties properties, Clock clock) {
        return new AccessTokens(keys, properties.accessTokenTtl(), clock);
    }

    @Bean
    DeniedTokens deniedTokens(StringRedisTemplate redis, Clock clock) {
        return new DeniedTokens(redis, clock);
    }

    /** Replaces common-web's decoder, which would fetch these same keys from this service over HTTP. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, DeniedTokens deniedTokens) {
        return AccessTokenDecoder.create(keys, deniedTokens::isDenied);
    }
}
