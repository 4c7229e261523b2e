package io.livedrop.gateway.headers;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id}: the client's, when it sent a sane one, else a new
 * UUID. The services receive it and the response echoes it, also on the gateway's own problems, so
 * a support ticket can name the request. (Trace context is the OpenTelemetry agent's business; the
 * {@code traceparent} header simply passes through.)
 */
// First of all filters, so even a request refused by security or a limit carries its id.
@Order(Ordered.HIGHEST_PRECEDENCE)
@Component
class RequestIdFilter implements WebFilter {

    static final String HEADER = "X-Request-Id";

    // Anything else could smuggle text into logs downstream.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = sent != null && SANE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        ServerHttpResponse response = exchange.getResponse();
        // Before commit, so an upstream's own X-Request-Id cannot replace ours.
        response.beforeCommit(() -> {
            response.getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request -> request.headers(headers -> headers.set(HEADER, id)))
                .build());
    }
}
