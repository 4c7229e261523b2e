package io.livedrop.notification.websocket;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

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
    // A send blocks until the frame is written: a few at once keep both cores busy during a broadcast.
    private static final int SENDERS = 4;
    private static final int MIN_PER_SENDER = 256;

    private final Map<UUID, Set<WebSocketSession>> sockets = new ConcurrentHashMap<>();
    private final NotificationLatency latency;
    private final Audiences audiences;

    SocketRegistry(NotificationLatency latency, Audiences audiences) {
        this.latency = latency;
        this.audiences = audiences;
    }

    /** Joins the user's audiences first: a socket whose follows cannot be read fails its connect. */
    void add(UUID userId, WebSocketSession session) {
        audiences.connected(userId, session.getId());
        sockets.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet())
                .add(new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES));
    }

    void remove(UUID userId, WebSocketSession session) {
        sockets.computeIfPresent(userId, (id, open) -> {
            open.removeIf(socket -> socket.getId().equals(session.getId()));
            return open.isEmpty() ? null : open;
        });
        audiences.disconnected(userId, session.getId());
    }

    /** How many users have at least one socket here. */
    int userCount() {
        return sockets.size();
    }

    /** Sends each of these users connected here their own message, on a few threads for a large broadcast. */
    void sendAll(Collection<UUID> userIds, Function<UUID, String> messageFor, Instant eventTime) {
        List<UUID> here = userIds.stream().filter(sockets::containsKey).toList();
        int senders = Math.clamp(here.size() / MIN_PER_SENDER, 1, SENDERS);
        if (senders == 1) {
            here.forEach(userId -> send(userId, messageFor.apply(userId), eventTime));
            return;
        }
        List<List<UUID>> shares = new ArrayList<>();
        int size = (here.size() + senders - 1) / senders;
        for (int from = 0; from < here.size(); from += size) {
            shares.add(here.subList(from, Math.min(from + size, here.size())));
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (List<UUID> share : shares) {
                pool.execute(() -> share.forEach(userId -> send(userId, messageFor.apply(userId), eventTime)));
            }
        }
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
