package io.livedrop.notification.websocket;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.livedrop.notification.NotificationLatency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/** The open sockets on this instance, per user; a user may have several (tabs, devices). */
@Component
class SocketRegistry {

    private static final Logger log = LoggerFactory.getLogger(SocketRegistry.class);
    // A slow client gets its messages buffered up to here, then its socket is closed rather than holding senders.
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;

    private final Map<UUID, Set<WebSocketSession>> sockets = new ConcurrentHashMap<>();
    private final NotificationLatency latency;

    SocketRegistry(NotificationLatency latency) {
        this.latency = latency;
    }

    void add(UUID userId, WebSocketSession session) {
        sockets.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet())
                .add(new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES));
    }

    void remove(UUID userId, WebSocketSession session) {
        sockets.computeIfPresent(userId, (id, open) -> {
            open.removeIf(socket -> socket.getId().equals(session.getId()));
            return open.isEmpty() ? null : open;
        });
    }

    boolean holds(UUID userId) {
        return sockets.containsKey(userId);
    }

    /** The users with at least one socket here, as of now. */
    Set<UUID> users() {
        return Set.copyOf(sockets.keySet());
    }

    void send(UUID userId, String json, Instant eventTime) {
        for (WebSocketSession socket : sockets.getOrDefault(userId, Set.of())) {
            try {
                socket.sendMessage(new TextMessage(json));
                latency.socketReached(eventTime);
            }
            catch (IOException | RuntimeException ex) {
                log.debug("Could not send to socket {}: {}", socket.getId(), ex.toString());
                remove(userId, socket);
            }
        }
    }
}
