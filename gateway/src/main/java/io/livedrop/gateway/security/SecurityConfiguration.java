package io.livedrop.gateway.security;

import java.util.Map;

import io.netty.channel.ChannelOption;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.netty.http.client.HttpClient;

/**
 * The gateway is a JWT resource server for user-svc's access tokens: a bad token is refused here
 * with a 401 problem before any service is called. Stateless (no session, no CSRF: there are no
 * cookies), RS256 only, issuer and expiry checked, revoked tokens refused. The services check the
 * token again (zero trust); the gateway forwards it unchanged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String WEBSOCKET = "/ws/notifications";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // Caching is the services' call (and the response cache's); a proxy must not overrule it.
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                // The CorsConfigurationSource bean: preflights are answered before authentication.
                .cors(Customizer.withDefaults())
                .authorizeExchange(SecurityConfiguration::authorize)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new WebSocketTokenConverter())
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .build();
    }

    /** The public routes of API.md; every other routed path needs a valid token (unrouted API paths are 404s first). */
    private static void authorize(AuthorizeExchangeSpec exchanges) {
        exchanges
                // "me" is not a user id: /users/me/** is the caller's own data.
                .pathMatchers("/api/v1/users/me", "/api/v1/users/me/**").authenticated()
                .pathMatchers(HttpMethod.POST, "/api/v1/auth/signup", "/api/v1/auth/login", "/api/v1/auth/refresh",
                        "/api/v1/payments/webhook").permitAll()
                .pathMatchers(HttpMethod.GET, "/api/v1/users/*", "/api/v1/users/*/following", "/api/v1/creators/**",
                        "/api/v1/products/**", "/api/v1/drops", "/api/v1/drops/**", "/api/v1/search/**",
                        "/.well-known/jwks.json").permitAll()
                .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                        "/actuator/prometheus").permitAll()
                .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        "/webjars/**").permitAll()
                .anyExchange().authenticated();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties, ReactiveStringRedisTemplate redis) {
        int timeoutMillis = (int) properties.jwksTimeout().toMillis();
        WebClient jwksClient = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
                        .responseTimeout(properties.jwksTimeout())))
                .build();
        // The key set is cached and fetched again when a token names a kid it does not hold (rotation).
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(jwksClient)
                .validateType(false)
                .build();
        // Plain JWT or the RFC 9068 access-token type; without a jti a token could not be revoked.
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(properties.issuer()), type,
                new JwtClaimValidator<String>(JwtClaimNames.JTI, jti -> jti != null && !jti.isBlank())));
        // Our issuer is a name, not a URL: left as it is, the default converter would throw and catch
        // an exception on every request while trying to read it as one.
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, iss -> iss)));
        return new RevokedTokens(decoder, redis);
    }
}
