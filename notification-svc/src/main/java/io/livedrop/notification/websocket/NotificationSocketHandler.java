package io.livedrop.notification.websocket;

import java.util.UUID;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/** Server-to-client only: registers the socket under the user the handshake authenticated. */
class NotificationSocketHandler extends TextWebSocketHandler {

    private final SocketRegistry sockets;

    NotificationSocketHandler(SocketRegistry sockets) {
        this.sockets = sockets;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        sockets.add(userOf(session), session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // Clients have nothing to say on this socket; pings are answered by the container.
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sockets.remove(userOf(session), session);
    }

    private static UUID userOf(WebSocketSession session) {
        return (UUID) session.getAttributes().get(TokenHandshakeInterceptor.USER_ID);
    }
}
