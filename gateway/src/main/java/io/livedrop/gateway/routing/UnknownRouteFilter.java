package io.livedrop.gateway.routing;

import io.livedrop.gateway.problem.Problems;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * An API path that no route serves is a 404 problem for every caller, with or without a token:
 * it is answered before authentication, which would otherwise turn it into a 401. The gateway's own
 * endpoints (actuator, OpenAPI UI) are outside {@code /api/} and pass on untouched.
 */
@Component
class UnknownRouteFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain, which runs at -100. */
    static final int ORDER = -200;

    private final RouteLocator routes;

    UnknownRouteFilter(RouteLocator routes) {
        this.routes = routes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.startsWith("/internal/")) {
            return chain.filter(exchange);
        }
        return routes.getRoutes()
                .concatMap(route -> Mono.from(route.getPredicate().apply(exchange)))
                .any(Boolean::booleanValue)
                .flatMap(routed -> routed ? chain.filter(exchange)
                        : Problems.write(exchange, HttpStatus.NOT_FOUND, "No resource at " + path + "."));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
