package io.livedrop.notification.websocket;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Checks the access token before the upgrade: from {@code ?access_token=} (browsers cannot set headers on
 * a WebSocket) or the Authorization header. A missing, expired or forged token answers 401, no socket.
 */
class TokenHandshakeInterceptor implements HandshakeInterceptor {

    static final String USER_ID = "livedrop.userId";
    private static final String BEARER = "Bearer ";

    private final JwtDecoder tokens;

    TokenHandshakeInterceptor(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        String token = tokenOf(request);
        if (token != null) {
            try {
                Jwt jwt = tokens.decode(token);
                attributes.put(USER_ID, UUID.fromString(jwt.getSubject()));
                return true;
            }
            catch (JwtException | IllegalArgumentException | NullPointerException ex) {
                // answered below, like a missing token
            }
        }
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {
    }

    static String tokenOf(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return header.substring(BEARER.length()).trim();
        }
        return UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().getFirst("access_token");
    }
}
