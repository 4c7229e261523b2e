package io.livedrop.product.inventory;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.events.order.StockReleased;
import io.livedrop.events.order.StockReserved;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the inventory view from drop-svc's and order-svc's events, each applied once. Units sold
 * follow the stock reservations alone: order-svc releases a reservation for every way an order
 * ends unpaid (cancelled, expired, payment failed), so counting order events as well would count twice.
 */
@Component
class InventoryListener {

    private static final Set<Class<? extends EventPayload>> DROP_EVENTS =
            Set.of(DropScheduled.class, DropUpdated.class, DropCancelled.class);
    private static final Set<Class<? extends EventPayload>> STOCK_EVENTS =
            Set.of(StockReserved.class, StockReleased.class);

    private final EventInbox inbox;
    private final EventCodec codec;
    private final Inventory inventory;

    InventoryListener(EventInbox inbox, EventCodec codec, Inventory inventory) {
        this.inbox = inbox;
        this.codec = codec;
        this.inventory = inventory;
    }

    @KafkaListener(topics = Topics.DROPS)
    void onDrop(ConsumerRecord<String, String> record) {
        if (!concerns(record, DROP_EVENTS)) {
            return;
        }
        inbox.process(record, event -> {
            switch (event.data()) {
                case DropScheduled scheduled -> inventory.planned(scheduled.dropId(), scheduled.items());
                case DropUpdated updated -> inventory.planned(updated.dropId(), updated.items());
                case DropCancelled cancelled -> inventory.cancelled(cancelled.dropId());
                default -> throw new IllegalStateException("unexpected " + event.type());
            }
        });
    }

    @KafkaListener(topics = Topics.ORDERS)
    void onOrder(ConsumerRecord<String, String> record) {
        if (!concerns(record, STOCK_EVENTS)) {
            return;
        }
        inbox.process(record, event -> {
            switch (event.data()) {
                case StockReserved reserved ->
                        inventory.reserved(reserved.dropId(), reserved.productId(), reserved.quantity());
                case StockReleased released ->
                        inventory.released(released.dropId(), released.productId(), released.quantity());
                default -> throw new IllegalStateException("unexpected " + event.type());
            }
        });
    }

    /**
     * Most of these topics is of no use here: skipped before the inbox, which would otherwise record
     * each as processed. A record without a value goes on to the inbox, which parks it.
     */
    private boolean concerns(ConsumerRecord<String, String> record, Set<Class<? extends EventPayload>> types) {
        return record.value() == null
                || codec.decode(record.value()).map(event -> types.contains(event.data().getClass())).orElse(false);
    }
}
