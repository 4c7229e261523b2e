package io.livedrop.notification.websocket;

import io.livedrop.notification.NotificationProperties;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

    private final SocketRegistry sockets;
    private final JwtDecoder tokens;
    private final NotificationProperties properties;

    WebSocketConfiguration(SocketRegistry sockets, JwtDecoder tokens, NotificationProperties properties) {
        this.sockets = sockets;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(new NotificationSocketHandler(sockets), "/ws/notifications")
                .addInterceptors(new TokenHandshakeInterceptor(tokens))
                .setAllowedOriginPatterns(properties.websocket().allowedOrigins().split(","));
    }
}
