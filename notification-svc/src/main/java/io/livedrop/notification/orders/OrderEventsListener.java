package io.livedrop.notification.orders;

import java.util.List;

import io.livedrop.events.Topics;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.events.order.OrderConfirmed;
import io.livedrop.events.order.OrderPaymentFailed;
import io.livedrop.notification.delivery.NotificationWriter;
import io.livedrop.notification.messages.Messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** What happened to an order is news for its buyer only. */
@Component
class OrderEventsListener {

    private final EventInbox inbox;
    private final NotificationWriter writer;

    OrderEventsListener(EventInbox inbox, NotificationWriter writer) {
        this.inbox = inbox;
        this.writer = writer;
    }

    @KafkaListener(topics = Topics.ORDERS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case OrderConfirmed confirmed -> writer.write(
                        Messages.orderConfirmed(event.id(), event.time(), confirmed), List.of(confirmed.userId()));
                case OrderPaymentFailed failed -> writer.write(
                        Messages.orderPaymentFailed(event.id(), event.time(), failed), List.of(failed.userId()));
                case OrderCancelled cancelled -> Messages.orderCancelled(event.id(), event.time(), cancelled)
                        .ifPresent(notification -> writer.write(notification, List.of(cancelled.userId())));
                default -> {
                    // Placed orders and stock movements are not news to the buyer.
                }
            }
        });
    }
}
