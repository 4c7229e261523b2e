package io.livedrop.gateway.headers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Services trust a few headers because only the platform sets them: whatever a client sent under
 * those names is removed, and {@code X-User-Id} is set from the token the gateway validated. The
 * Authorization header itself passes unchanged, so each service validates the token again.
 */
// After Spring Security's chain (order -100), which has validated the token by then.
@Order(-80)
@Component
class PlatformHeadersFilter implements WebFilter {

    static final String USER_ID = "X-User-Id";

    private static final List<String> PLATFORM_ONLY = List.of("x-user-id", "x-user-roles", "x-forwarded-user");

    private static final List<String> PLATFORM_ONLY_PREFIXES = List.of("x-internal-", "x-livedrop-");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> Optional.of(((JwtAuthenticationToken) principal).getToken().getSubject()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(userId -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> {
                            removePlatformHeaders(headers);
                            userId.ifPresent(id -> headers.set(USER_ID, id));
                        }))
                        .build()));
    }

    private static void removePlatformHeaders(HttpHeaders headers) {
        List.copyOf(headers.headerNames()).stream()
                .filter(PlatformHeadersFilter::isPlatformOnly)
                .forEach(headers::remove);
    }

    static boolean isPlatformOnly(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PLATFORM_ONLY.contains(lower) || PLATFORM_ONLY_PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
