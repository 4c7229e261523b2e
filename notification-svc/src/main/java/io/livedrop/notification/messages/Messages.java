package io.livedrop.notification.messages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
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
    public static Notification followAdded(UUID eventId, Instant eventTime, UUID creatorId, UUID followerId,
            String followerName) {
        String who = followerName == null || followerName.isBlank() ? "Someone new" : followerName;
        return new Notification(eventId, eventTime, "follow.added", "You have a new follower", who + " now follows you.",
                data("creatorId", creatorId, "followerId", followerId));
    }

    /**
     * Many new followers in one notification, for follows that arrived close together.
     *
     * @param eventId the first of the follows' events
     * @param followerCount two or more; one new follower is {@link #followAdded}
     * @param names display names of some of them (the newest first), as many as are known
     */
    public static Notification followersDigest(UUID eventId, Instant eventTime, UUID creatorId, int followerCount,
            List<String> names) {
        if (followerCount < 2) {
            throw new IllegalArgumentException("a digest tells of two followers or more, not " + followerCount);
        }
        List<String> named = names.stream().filter(name -> name != null && !name.isBlank()).limit(2).toList();
        int others = followerCount - named.size();
        String who = switch (named.size()) {
            case 0 -> String.format(Locale.ROOT, "%,d people", followerCount);
            case 1 -> named.get(0) + " and " + othersText(others);
            default -> others == 0 ? named.get(0) + " and " + named.get(1)
                    : named.get(0) + ", " + named.get(1) + " and " + othersText(others);
        };
        return new Notification(eventId, eventTime, "follow.added",
                String.format(Locale.ROOT, "You have %,d new followers", followerCount), who + " now follow you.",
                data("creatorId", creatorId, "followerCount", followerCount));
    }

    private static String othersText(int others) {
        return others == 1 ? "1 other" : String.format(Locale.ROOT, "%,d others", others);
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
