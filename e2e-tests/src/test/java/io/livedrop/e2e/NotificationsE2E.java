package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A fan follows a creator and holds a WebSocket through the gateway; the drop starts; "live now" arrives. */
class NotificationsE2E {

    @Test
    void followerHearsTheDropGoLiveOnTheSocketAndInTheInbox() throws Exception {
        Studio studio = Studio.open("Live Studio");
        String productId = studio.listProduct("Glow Print", 2900);
        Fans.SignedIn fan = Fans.signUpAndLogIn("Night Owl");
        Fans.SignedIn bystander = Fans.signUpAndLogIn("Bystander");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.put("/api/v1/creators/" + studio.creatorId() + "/followers/me", fan.accessToken(), null).status() == 204);

        List<String> fanMessages = new CopyOnWriteArrayList<>();
        List<String> bystanderMessages = new CopyOnWriteArrayList<>();
        WebSocket fanSocket = connect(fan.accessToken(), fanMessages);
        WebSocket bystanderSocket = connect(bystander.accessToken(), bystanderMessages);
        try {
            studio.scheduleDrop(productId, 5, 1, Duration.ofSeconds(5), Duration.ofSeconds(30));

            await().atMost(Duration.ofSeconds(30)).until(() ->
                    fanMessages.stream().anyMatch(message -> message.contains("\"drop.started\"")));
            assertThat(fanMessages).anyMatch(message -> message.contains("is live now"));
            assertThat(bystanderMessages).as("only followers are told").isEmpty();

            Api.Answer inbox = Api.get("/api/v1/notifications", fan.accessToken());
            assertThat(inbox.status()).isEqualTo(200);
            assertThat(inbox.raw().body()).contains("\"drop.started\"", "is live now");
            assertThat(Api.get("/api/v1/notifications/unread-count", fan.accessToken()).body().get("count").asInt())
                    .isGreaterThanOrEqualTo(1);
        } finally {
            fanSocket.abort();
            bystanderSocket.abort();
        }
    }

    private static WebSocket connect(String token, List<String> received) {
        URI uri = URI.create(Api.GATEWAY.replaceFirst("^http", "ws") + "/ws/notifications?access_token=" + token);
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            received.add(partial.toString());
                            partial.setLength(0);
                        }
                        socket.request(1);
                        return null;
                    }
                }).join();
    }
}
