package io.livedrop.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A signed-in user's notification WebSocket through the gateway, keeping every message it receives. */
final class NotificationSocket implements AutoCloseable {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private NotificationSocket(String accessToken, Map<String, String> headers) {
        URI uri = URI.create(Api.GATEWAY.replaceFirst("^http", "ws") + "/ws/notifications?access_token=" + accessToken);
        WebSocket.Builder handshake = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(handshake::header);
        socket = handshake.buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    received.add(partial.toString());
                    partial.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
    }

    static NotificationSocket open(String accessToken) {
        return open(accessToken, Map.of());
    }

    /** With these headers on the handshake (a user agent of its own, say). */
    static NotificationSocket open(String accessToken, Map<String, String> headers) {
        return new NotificationSocket(accessToken, headers);
    }

    List<String> messages() {
        return received;
    }

    boolean hasReceived(String eventType) {
        return received.stream().anyMatch(message -> message.contains("\"" + eventType + "\""));
    }

    @Override
    public void close() {
        socket.abort();
    }
}
