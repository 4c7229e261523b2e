package io.livedrop.web.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet service is a JWT resource server for user-svc's access tokens: stateless, no CSRF
 * (no cookies), RS256 only, issuer checked, roles claim mapped to {@code ROLE_*} authorities, 401/403
 * answered as problems, {@code @PreAuthorize} enabled.
 *
 * <p>Public routes: health, info, prometheus, the OpenAPI document and UI, {@code /error}, plus the
 * service's {@code livedrop.security.public-paths}, e.g.
 * <pre>
 * livedrop.security.public-paths:
 *   - POST /auth/login        # that method only
 *   - GET /users/*
 *   - /.well-known/**         # any method
 * </pre>
 * Everything else needs a valid token.
 *
 * <p>To extend the chain (e.g. a role rule on a path), declare a {@code Customizer<HttpSecurity>} bean:
 * Spring Security applies it to the {@code HttpSecurity} before this chain adds its rules, so its
 * {@code authorizeHttpRequests} rules come first. To replace the chain, declare a
 * {@link SecurityFilterChain}; the {@link JwtDecoder}, {@link JwtAuthenticationConverter},
 * {@link AuthenticationEntryPoint} and {@link AccessDeniedHandler} beans stay available to it, and
 * {@code oauth2ResourceServer(o -> o.jwt(withDefaults()))} picks up the first two by itself.
 */
@AutoConfiguration(before = { OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(LiveDropSecurityProperties.class)
@EnableMethodSecurity
class LiveDropSecurityAutoConfiguration {

    static final String ROLES_CLAIM = "roles";

    private static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error");

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(LiveDropSecurityProperties properties) {
        // A stalled user-svc must not hold request threads: keys are cached, so a slow fetch is rare.
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(Duration.ofSeconds(2));
        requestFactory.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requestFactory))
                .validateType(false)
                .build();
        // Accept the RFC 9068 access-token type as well as plain JWT; signature, expiry and issuer are checked.
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(properties.issuer()), type));
        // Our issuer is a name, not a URL: left as it is, the default converter would throw and catch
        // an exception on every request while trying to read it as one.
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(Map.of(JwtClaimNames.ISS, iss -> iss)));
        return decoder;
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    @ConditionalOnMissingBean
    AuthenticationEntryPoint problemAuthenticationEntryPoint(JsonMapper jsonMapper) {
        return new ProblemAuthenticationEntryPoint(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    AccessDeniedHandler problemAccessDeniedHandler(JsonMapper jsonMapper) {
        return new ProblemAccessDeniedHandler(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain liveDropSecurityFilterChain(HttpSecurity http, LiveDropSecurityProperties properties,
            AuthenticationEntryPoint entryPoint, AccessDeniedHandler accessDeniedHandler) {
        List<PublicPath> publicPaths = properties.publicPaths().stream().map(PublicPath::parse).toList();
        http.csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no-store only on answers to a caller with a token: anonymous public reads (a product, a
                // creator page, the live drops) may then be cached by the gateway for a few seconds.
                .headers(headers -> headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null,
                                new CacheControlHeadersWriter())))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ALWAYS_PUBLIC.toArray(String[]::new)).permitAll();
                    for (PublicPath path : publicPaths) {
                        if (path.method() == null) {
                            requests.requestMatchers(path.pattern()).permitAll();
                        }
                        else {
                            requests.requestMatchers(path.method(), path.pattern()).permitAll();
                        }
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDeniedHandler));
        return http.build();
    }

    @Bean
    WebMvcConfigurer currentUserWebMvcConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
