package io.livedrop.gateway.routing;

import io.micrometer.observation.Observation;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Stops the gateway's client observation of a proxied WebSocket's upstream handshake once the route is
 * done with it. The gateway starts one for every routed request and stops it from the response's
 * headers, which a WebSocket route never filters: without this, each socket ever proxied stayed an
 * active upstream request ({@code http.client.requests.active}), and a sample in memory, for the life
 * of the process. Failures are left to the gateway's exception handler, which stops it itself.
 */
@Component
class WebSocketObservationFilter implements GlobalFilter, Ordered {

    // The marker the gateway's response filter sets once it stopped the observation.
    private static final String STOPPED = "gateway.observation.stopped";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!"websocket".equalsIgnoreCase(exchange.getRequest().getHeaders().getFirst(HttpHeaders.UPGRADE))) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange)
                .doOnSuccess(done -> stop(exchange))
                .doOnCancel(() -> stop(exchange));
    }

    private static void stop(ServerWebExchange exchange) {
        Observation observation = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_OBSERVATION_ATTR);
        if (observation != null && exchange.getAttributes().putIfAbsent(STOPPED, true) == null) {
            observation.stop();
        }
    }

    @Override
    public int getOrder() {
        // Around the routing filter, which starts the observation.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
