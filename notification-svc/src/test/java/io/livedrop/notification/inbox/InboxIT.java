package io.livedrop.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.CancelReason;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.events.order.OrderConfirmed;
import io.livedrop.events.order.OrderPaymentFailed;
import io.livedrop.notification.NotificationServiceHarness;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class InboxIT extends NotificationServiceHarness {

    @Test
    void theBuyerSeesOrderNewsNewestFirstAndCanMarkItRead() {
        UUID buyer = UuidV7.next();
        UUID orderId = UuidV7.next();
        awaitConsumed(send(Topics.ORDERS, new OrderPaymentFailed(orderId, buyer, "card declined", Instant.now())).id());
        awaitConsumed(send(Topics.ORDERS, new OrderConfirmed(orderId, buyer, Instant.now())).id());

        Response page = get("/api/v1/notifications?limit=1", tokenOf(buyer));
        assertThat(page.status()).isEqualTo(200);
        JsonNode newest = page.json().get("items").get(0);
        assertThat(newest.get("type").asString()).isEqualTo("order.confirmed");
        assertThat(newest.get("data").get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(newest.get("readAt").isNull()).isTrue();
        JsonNode next = get("/api/v1/notifications?limit=1&cursor=" + page.json().get("nextCursor").asString(),
                tokenOf(buyer)).json();
        assertThat(next.get("items").get(0).get("type").asString()).isEqualTo("order.payment-failed");
        assertThat(next.get("nextCursor").isNull()).isTrue();
        assertThat(unread(buyer)).isEqualTo(2);

        String id = newest.get("id").asString();
        assertThat(post("/api/v1/notifications/" + id + "/read", tokenOf(UuidV7.next())).status()).isEqualTo(404);
        assertThat(post("/api/v1/notifications/" + id + "/read", tokenOf(buyer)).status()).isEqualTo(204);
        assertThat(unread(buyer)).isEqualTo(1);
        assertThat(get("/api/v1/notifications?limit=1", tokenOf(buyer)).json().get("items").get(0).get("readAt").isNull())
                .isFalse();
    }

    @Test
    void theSameEventDeliveredTwiceGivesOneNotification() {
        UUID buyer = UuidV7.next();
        UUID orderId = UuidV7.next();
        EventEnvelope<EventPayload> expired = send(Topics.ORDERS,
                new OrderCancelled(orderId, buyer, CancelReason.EXPIRED, Instant.now()));
        send(Topics.ORDERS, expired);
        // Same order, same partition: once this one is consumed, both copies before it are too.
        awaitConsumed(send(Topics.ORDERS, new OrderCancelled(orderId, buyer, CancelReason.CANCELLED,
                Instant.now())).id());

        assertThat(inboxRows(expired.id())).isEqualTo(1);
        assertThat(unread(buyer)).isEqualTo(1);
    }

    @Test
    void theInboxNeedsAToken() {
        assertThat(get("/api/v1/notifications", null).status()).isEqualTo(401);
    }
}
