package io.livedrop.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.OrderConfirmed;
import io.livedrop.events.user.NotificationPreferences;
import io.livedrop.events.user.QuietHours;
import io.livedrop.events.user.UserUpdated;
import io.livedrop.notification.MailServer;
import io.livedrop.notification.NotificationServiceHarness;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class ChannelsIT extends NotificationServiceHarness {

    @Test
    void aConfirmedOrderIsEmailedAndPushedToTheBuyer() {
        String email = "buyer-" + UUID.randomUUID() + "@example.org";
        UUID buyer = aUserWithEmail(email);

        send(Topics.ORDERS, new OrderConfirmed(UuidV7.next(), buyer, Instant.now()));

        await().atMost(EVENTUALLY).until(() -> MailServer.inbox(email).size() == 1);
        assertThat(MailServer.inbox(email).getFirst().subject()).isEqualTo("Your order is confirmed");
        await().atMost(EVENTUALLY).until(() -> PUSH.to(buyer).size() == 1);
        JsonNode push = PUSH.to(buyer).getFirst();
        assertThat(push.get("type").asString()).isEqualTo("order.confirmed");
    }

    @Test
    void aBuyerWhoTurnedSmsOnGetsTheConfirmationAsATextToTheirNumber() {
        UUID buyer = aUserWithEmail("texted-" + UUID.randomUUID() + "@example.org");
        awaitConsumed(send(Topics.USERS, new UserUpdated(buyer, "Texted", Set.of("FAN"), new NotificationPreferences(
                true, true, true, true, "+4915112345678", null), Instant.now())).id());

        send(Topics.ORDERS, new OrderConfirmed(UuidV7.next(), buyer, Instant.now()));

        await().atMost(EVENTUALLY).until(() -> SMS.to(buyer).size() == 1);
        JsonNode text = SMS.to(buyer).getFirst();
        assertThat(text.get("to").asString()).isEqualTo("+4915112345678");
        assertThat(text.get("text").asString()).startsWith("Your order is confirmed\n");
    }

    @Test
    void noTextIsPlannedForABuyerWhoNeverTurnedSmsOn() {
        String email = "untexted-" + UUID.randomUUID() + "@example.org";
        UUID buyer = aUserWithEmail(email);

        awaitConsumed(send(Topics.ORDERS, new OrderConfirmed(UuidV7.next(), buyer, Instant.now())).id());

        // Every channel's delivery is planned in the event's own transaction, so none can come later.
        assertThat(deliveryStatuses(buyer, Channels.EMAIL)).hasSize(1);
        assertThat(deliveryStatuses(buyer, Channels.SMS)).isEmpty();
    }

    @Test
    void aFailingPushIsRetriedWithoutHoldingBackTheEmail() {
        String email = "flaky-" + UUID.randomUUID() + "@example.org";
        UUID buyer = aUserWithEmail(email);
        PUSH.failFirstTwoFor(buyer);

        send(Topics.ORDERS, new OrderConfirmed(UuidV7.next(), buyer, Instant.now()));

        await().atMost(EVENTUALLY).until(() -> MailServer.inbox(email).size() == 1);
        await().atMost(EVENTUALLY).until(() -> PUSH.to(buyer).size() == 1);
        assertThat(jdbc.sql("SELECT attempts FROM channel_delivery WHERE user_id = ? AND channel = 'push'")
                .param(buyer).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void quietHoursHoldBackEmailPushAndSmsButNotTheInboxOrTheSocket() throws Exception {
        String email = "sleeper-" + UUID.randomUUID() + "@example.org";
        UUID sleeper = aUserWithEmail(email);
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        awaitConsumed(send(Topics.USERS, new UserUpdated(sleeper, "Sleeper", Set.of("FAN"), new NotificationPreferences(
                true, true, true, true, "+4915112345678", new QuietHours(now.minusHours(1), now.plusHours(1), "UTC")), Instant.now())).id());
        Socket socket = connect(tokenOf(sleeper));

        awaitConsumed(send(Topics.ORDERS, new OrderConfirmed(UuidV7.next(), sleeper, Instant.now())).id());

        assertThat(socket.next(EVENTUALLY)).isNotNull();
        assertThat(get("/api/v1/notifications", tokenOf(sleeper)).json().get("items").size()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM channel_delivery WHERE user_id = ? AND status = 'PENDING' AND due_at > now() + interval '50 minutes'")
                .param(sleeper).query(Integer.class).single()).isEqualTo(3);
        Thread.sleep(1_000);
        assertThat(MailServer.inbox(email)).isEmpty();
        assertThat(PUSH.to(sleeper)).isEmpty();
        assertThat(SMS.to(sleeper)).isEmpty();
    }

    @Test
    void emailsBeyondTheLimitPerMinuteAreDropped() {
        String email = "busy-" + UUID.randomUUID() + "@example.org";
        UUID buyer = aUserWithEmail(email);
        awaitFreshMinute();

        // The limit is 3 a minute in tests.
        for (int i = 0; i < 5; i++) {
            send(Topics.ORDERS, new OrderConfirmed(UuidV7.next(), buyer, Instant.now()));
        }

        await().atMost(EVENTUALLY).until(() -> deliveryStatuses(buyer, Channels.EMAIL).stream()
                .filter(status -> !status.equals("PENDING")).count() == 5);
        assertThat(deliveryStatuses(buyer, Channels.EMAIL)).filteredOn("THROTTLED"::equals).hasSize(2);
        assertThat(MailServer.inbox(email)).hasSize(3);
        assertThat(unread(buyer)).isEqualTo(5);
    }

    /** The throttle counts per clock minute: start early in one, so all five sends fall into it. */
    private static void awaitFreshMinute() {
        long second = Instant.now().getEpochSecond() % 60;
        if (second > 40) {
            await().atMost(Duration.ofSeconds(25)).until(() -> Instant.now().getEpochSecond() % 60 < 40);
        }
    }
}
