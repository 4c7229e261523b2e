package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A fan follows a creator and holds a WebSocket through the gateway; the drop starts; "live now" arrives. */
class NotificationsE2E {

    @Test
    void followerHearsTheDropGoLiveOnTheSocketAndInTheInbox() {
        Studio studio = Studio.open("Live Studio");
        String productId = studio.listProduct("Glow Print", 2900);
        Fans.SignedIn fan = Fans.signUpAndLogIn("Night Owl");
        Fans.SignedIn bystander = Fans.signUpAndLogIn("Bystander");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.put("/api/v1/creators/" + studio.creatorId() + "/followers/me", fan.accessToken(), null).status() == 204);

        try (NotificationSocket fanSocket = NotificationSocket.open(fan.accessToken());
             NotificationSocket bystanderSocket = NotificationSocket.open(bystander.accessToken())) {
            studio.scheduleDrop(productId, 5, 1, Duration.ofSeconds(5), Duration.ofSeconds(30));

            await().atMost(Duration.ofSeconds(30)).until(() -> fanSocket.hasReceived("drop.started"));
            assertThat(fanSocket.messages()).anyMatch(message -> message.contains("is live now"));
            assertThat(bystanderSocket.messages()).as("only followers are told").isEmpty();

            Api.Answer inbox = Api.get("/api/v1/notifications", fan.accessToken());
            assertThat(inbox.status()).isEqualTo(200);
            assertThat(inbox.raw().body()).contains("\"drop.started\"", "is live now");
            assertThat(Api.get("/api/v1/notifications/unread-count", fan.accessToken()).body().get("count").asInt())
                    .isGreaterThanOrEqualTo(1);
        }
    }
}
