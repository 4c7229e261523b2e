package io.livedrop.drop.stock;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.events.order.StockReleased;
import io.livedrop.events.order.StockReserved;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Counts what order-svc reserves from each drop item and gives back, so a drop shows what remains.
 * Reservations and releases only add up, so their order across orders does not matter; the inbox
 * makes a redelivered one count once.
 */
@Component
class StockListener {

    private final EventInbox inbox;
    private final EventCodec codec;
    private final JdbcClient jdbc;

    StockListener(EventInbox inbox, EventCodec codec, JdbcClient jdbc) {
        this.inbox = inbox;
        this.codec = codec;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.ORDERS)
    void on(ConsumerRecord<String, String> record) {
        // The rest of the topic (placed, confirmed, ...) is skipped before the inbox, which would
        // otherwise record each of those events as processed.
        if (!isStockMovement(record)) {
            return;
        }
        inbox.process(record, event -> {
            switch (event.data()) {
                case StockReserved reserved -> add(reserved.dropId(), reserved.productId(), reserved.quantity());
                case StockReleased released -> add(released.dropId(), released.productId(), -released.quantity());
                default -> throw new IllegalStateException("not a stock movement: " + event.type());
            }
        });
    }

    /** A record without a value goes on to the inbox, which parks it on the dead-letter topic. */
    private boolean isStockMovement(ConsumerRecord<String, String> record) {
        return record.value() == null || codec.decode(record.value())
                .map(event -> event.data() instanceof StockReserved || event.data() instanceof StockReleased)
                .orElse(false);
    }

    private void add(UUID dropId, UUID productId, int quantity) {
        jdbc.sql("UPDATE drop_item SET reserved = reserved + ? WHERE drop_id = ? AND product_id = ?")
                .params(quantity, dropId, productId)
                .update();
    }
}
