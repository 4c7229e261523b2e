package io.livedrop.notification.messages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.order.CancelReason;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.events.order.OrderConfirmed;
import io.livedrop.events.order.OrderPaymentFailed;
import io.livedrop.notification.inbox.Notification;

/** The words of every notification, one per event that users are told about. */
public final class Messages {

    // One text for all followers of a drop: the time is given in UTC, with the exact instant in data.startsAt.
    private static final DateTimeFormatter STARTS_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Messages() {
    }

    public static Notification dropStarted(UUID eventId, Instant eventTime, DropStarted drop) {
        return new Notification(eventId, eventTime, "drop.started", drop.title() + " is live now",
                "The drop has started. Be quick, stock is limited.",
                data("dropId", drop.dropId(), "creatorId", drop.creatorId()));
    }

    public static Notification dropScheduled(UUID eventId, Instant eventTime, DropScheduled drop) {
        return new Notification(eventId, eventTime, "drop.scheduled", drop.title() + " is coming",
                drop.title() + " is coming at " + STARTS_AT.format(drop.startsAt()) + ".",
                data("dropId", drop.dropId(), "creatorId", drop.creatorId(), "startsAt", drop.startsAt()));
    }

    public static Notification orderConfirmed(UUID eventId, Instant eventTime, OrderConfirmed order) {
        return new Notification(eventId, eventTime, "order.confirmed", "Your order is confirmed",
                "We received your payment. Your order is confirmed.", data("orderId", order.orderId()));
    }

    public static Notification orderPaymentFailed(UUID eventId, Instant eventTime, OrderPaymentFailed order) {
        // The provider's reason stays out of the text: it may be technical; clients find it nowhere else either.
        return new Notification(eventId, eventTime, "order.payment-failed", "Your payment failed",
                "We could not take the payment for your order, so it was not placed.", data("orderId", order.orderId()));
    }

    /** Only an expired reservation is news to the buyer; a cancellation they made themselves is not. */
    public static Optional<Notification> orderCancelled(UUID eventId, Instant eventTime, OrderCancelled order) {
        if (order.reason() != CancelReason.EXPIRED) {
            return Optional.empty();
        }
        return Optional.of(new Notification(eventId, eventTime, "order.expired", "Your reservation expired",
                "Your order was not paid in time, so its items were released.", data("orderId", order.orderId())));
    }

    /** @param followerName the new follower's display name, if known */
    public static Notification followAdded(UUID eventId, Instant eventTime, FollowAdded follow, String followerName) {
        String who = followerName == null || followerName.isBlank() ? "Someone new" : followerName;
        return new Notification(eventId, eventTime, "follow.added", "You have a new follower", who + " now follows you.",
                data("creatorId", follow.creatorId(), "followerId", follow.userId()));
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            data.put((String) keysAndValues[i], value instanceof Instant || value instanceof UUID ? value.toString() : value);
        }
        return data;
    }
}
