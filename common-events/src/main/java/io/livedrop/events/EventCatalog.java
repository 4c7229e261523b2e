package io.livedrop.events;

import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.creator.CreatorVerified;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropEnded;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.events.follow.FollowerCountUpdated;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.events.order.OrderConfirmed;
import io.livedrop.events.order.OrderPaymentFailed;
import io.livedrop.events.order.OrderPlaced;
import io.livedrop.events.order.StockReleased;
import io.livedrop.events.order.StockReserved;
import io.livedrop.events.product.ProductCreated;
import io.livedrop.events.product.ProductPriceChanged;
import io.livedrop.events.product.ProductStockChanged;
import io.livedrop.events.product.ProductStockLow;
import io.livedrop.events.product.ProductUpdated;
import io.livedrop.events.user.UserCreated;
import io.livedrop.events.user.UserUpdated;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event catalogue: every payload with its CloudEvents type and its topic, in one place.
 * A new version of an event is a new record and a new {@code .vN} type beside the old one.
 */
public final class EventCatalog {

    /** One kind of event. */
    public record Entry(Class<? extends EventPayload> payload, String type, String topic) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(UserCreated.class, "livedrop.user.created.v1", Topics.USERS),
            new Entry(UserUpdated.class, "livedrop.user.updated.v1", Topics.USERS),
            new Entry(CreatorCreated.class, "livedrop.creator.created.v1", Topics.CREATORS),
            new Entry(CreatorUpdated.class, "livedrop.creator.updated.v1", Topics.CREATORS),
            new Entry(CreatorVerified.class, "livedrop.creator.verified.v1", Topics.CREATORS),
            new Entry(FollowAdded.class, "livedrop.follow.added.v1", Topics.FOLLOWS),
            new Entry(FollowRemoved.class, "livedrop.follow.removed.v1", Topics.FOLLOWS),
            new Entry(FollowerCountUpdated.class, "livedrop.follow.follower-count-updated.v1", Topics.FOLLOWS),
            new Entry(ProductCreated.class, "livedrop.product.created.v1", Topics.PRODUCTS),
            new Entry(ProductUpdated.class, "livedrop.product.updated.v1", Topics.PRODUCTS),
            new Entry(ProductPriceChanged.class, "livedrop.product.price-changed.v1", Topics.PRODUCTS),
            new Entry(ProductStockLow.class, "livedrop.product.stock-low.v1", Topics.PRODUCTS),
            new Entry(ProductStockChanged.class, "livedrop.product.stock-changed.v1", Topics.PRODUCTS),
            new Entry(DropScheduled.class, "livedrop.drop.scheduled.v1", Topics.DROPS),
            new Entry(DropUpdated.class, "livedrop.drop.updated.v1", Topics.DROPS),
            new Entry(DropStarted.class, "livedrop.drop.started.v1", Topics.DROPS),
            new Entry(DropEnded.class, "livedrop.drop.ended.v1", Topics.DROPS),
            new Entry(DropCancelled.class, "livedrop.drop.cancelled.v1", Topics.DROPS),
            new Entry(OrderPlaced.class, "livedrop.order.placed.v1", Topics.ORDERS),
            new Entry(OrderConfirmed.class, "livedrop.order.confirmed.v1", Topics.ORDERS),
            new Entry(OrderPaymentFailed.class, "livedrop.order.payment-failed.v1", Topics.ORDERS),
            new Entry(OrderCancelled.class, "livedrop.order.cancelled.v1", Topics.ORDERS),
            new Entry(StockReserved.class, "livedrop.order.stock-reserved.v1", Topics.ORDERS),
            new Entry(StockReleased.class, "livedrop.order.stock-released.v1", Topics.ORDERS));

    private static final Map<Class<?>, Entry> BY_PAYLOAD = new HashMap<>();
    private static final Map<String, Entry> BY_TYPE = new HashMap<>();

    static {
        for (Entry entry : ENTRIES) {
            BY_PAYLOAD.put(entry.payload(), entry);
            BY_TYPE.put(entry.type(), entry);
        }
    }

    private EventCatalog() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Entry of(Class<? extends EventPayload> payload) {
        Entry entry = BY_PAYLOAD.get(payload);
        if (entry == null) {
            throw new IllegalArgumentException(payload.getName() + " is not in the event catalogue");
        }
        return entry;
    }

    public static String typeOf(EventPayload payload) {
        return of(payload.getClass()).type();
    }

    public static String topicOf(EventPayload payload) {
        return of(payload.getClass()).topic();
    }

    /** Empty for a type this build does not know, such as a newer version. */
    public static Optional<Entry> forType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
