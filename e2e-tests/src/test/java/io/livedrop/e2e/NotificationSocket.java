package io.livedrop.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A signed-in user's notification WebSocket through the gateway, keeping every message it receives. */
final class NotificationSocket implements AutoCloseable {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private NotificationSocket(String accessToken) {
        URI uri = URI.create(Api.GATEWAY.replaceFirst("^http", "ws") + "/ws/notifications?access_token=" + accessToken);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new WebSocket.Listener() {
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
        return new NotificationSocket(accessToken);
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
