package io.livedrop.order.stock;

import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropEnded;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.drop.DropUpdated;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.order.OrdersProperties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Learns drops, their stock, prices, limits and sale windows from livedrop.drops, each event applied
 * once. Postgres is written in the inbox transaction; Redis counters follow once it has committed,
 * so they are never primed from a change that rolled back.
 */
@Component
class DropEventsListener {

    private static final Logger log = LoggerFactory.getLogger(DropEventsListener.class);

    private final EventInbox inbox;
    private final DropSales sales;
    private final StockCounters counters;
    private final boolean redisCounters;

    DropEventsListener(EventInbox inbox, DropSales sales, StockCounters counters, OrdersProperties properties) {
        this.inbox = inbox;
        this.sales = sales;
        this.counters = counters;
        this.redisCounters = properties.redisReservations();
    }

    @KafkaListener(topics = Topics.DROPS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case DropScheduled s -> {
                    sales.schedule(s.dropId(), s.perUserLimit(), s.startsAt(), s.endsAt(), s.items());
                    afterCommit(() -> counters.prime(s.dropId()));
                }
                case DropUpdated u -> {
                    // drop-svc changes a drop only while it is scheduled, so nothing sells from these counters yet.
                    sales.schedule(u.dropId(), u.perUserLimit(), u.startsAt(), u.endsAt(), u.items());
                    afterCommit(() -> counters.prime(u.dropId()));
                }
                case DropStarted started -> moveTo(started.dropId(), SaleStatus.LIVE);
                case DropEnded ended -> moveTo(ended.dropId(), SaleStatus.ENDED);
                case DropCancelled cancelled -> moveTo(cancelled.dropId(), SaleStatus.CANCELLED);
                default -> {
                    // Other drop events do not change what can be sold.
                }
            }
        });
    }

    private void moveTo(UUID dropId, SaleStatus status) {
        if (!sales.moveTo(dropId, status)) {
            log.info("Drop {} cannot become {} (unknown here, or already past it); ignored", dropId, status);
            return;
        }
        afterCommit(() -> counters.moveTo(dropId, status));
    }

    private void afterCommit(Runnable action) {
        if (!redisCounters) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    action.run();
                }
                catch (RuntimeException ex) {
                    // Postgres is right already; the order path rebuilds missing counters, the reconciler stale ones.
                    log.warn("Could not update stock counters after a drop event: {}", ex.toString());
                }
            }
        });
    }
}
