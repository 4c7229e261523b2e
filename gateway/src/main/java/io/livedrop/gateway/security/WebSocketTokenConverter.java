package io.livedrop.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Bearer tokens from the Authorization header everywhere, and from {@code ?access_token=} on the
 * WebSocket handshake only: browsers cannot set headers on a WebSocket, while elsewhere a token in
 * the URL would end up in access logs.
 */
class WebSocketTokenConverter implements ServerAuthenticationConverter {

    private final ServerBearerTokenAuthenticationConverter headerOnly = new ServerBearerTokenAuthenticationConverter();

    private final ServerBearerTokenAuthenticationConverter headerOrQuery = new ServerBearerTokenAuthenticationConverter();

    WebSocketTokenConverter() {
        headerOrQuery.setAllowUriQueryParameter(true);
    }

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        boolean webSocket = SecurityConfiguration.WEBSOCKET.equals(exchange.getRequest().getPath().value());
        return (webSocket ? headerOrQuery : headerOnly).convert(exchange);
    }
}
