package io.livedrop.order.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.livedrop.events.order.CancelReason;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.events.order.OrderConfirmed;
import io.livedrop.events.order.OrderPaymentFailed;
import io.livedrop.events.order.StockReleased;
import io.livedrop.events.outbox.Outbox;
import io.livedrop.order.OrdersProperties;
import io.livedrop.order.stock.DropSales;
import io.livedrop.order.stock.StockCounters;
import io.livedrop.web.problem.ProblemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends pending orders: paid, payment failed, cancelled by the buyer or expired. Each end happens
 * once (a guarded status UPDATE); the ones that give units back do so in Postgres in the same
 * transaction, and in Redis after it commits.
 */
@Service
public class OrderLifecycle {

    private final Orders orders;
    private final DropSales sales;
    private final StockCounters counters;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final boolean redisCounters;

    OrderLifecycle(Orders orders, DropSales sales, StockCounters counters, Outbox outbox,
                   TransactionTemplate transactions, OrdersProperties properties) {
        this.orders = orders;
        this.sales = sales;
        this.counters = counters;
        this.outbox = outbox;
        this.transactions = transactions;
        this.redisCounters = properties.redisReservations();
    }

    /** The buyer cancels: 404 unless theirs, 409 unless still waiting for payment. */
    public Order cancel(UUID userId, UUID orderId) {
        Order order = orders.findOwned(orderId, userId)
                .orElseThrow(() -> ProblemException.notFound("No order " + orderId + "."));
        return end(orderId, OrderStatus.CANCELLED, "cancelled")
                .orElseThrow(() -> ProblemException.conflict("order-not-cancellable",
                        "Order " + orderId + " is " + orders.find(orderId).map(Order::status).orElse(order.status())
                                + "; only an order waiting for payment can be cancelled."));
    }

    public Optional<Order> confirm(UUID orderId) {
        return end(orderId, OrderStatus.CONFIRMED, null);
    }

    public Optional<Order> failPayment(UUID orderId, String reason) {
        return end(orderId, OrderStatus.PAYMENT_FAILED, reason == null ? "payment failed" : reason);
    }

    /** Expires the overdue pending orders this instance could lock; returns how many. */
    public int expireOverdue(int batch) {
        List<Order> expired = transactions.execute(status -> {
            List<Order> ended = new ArrayList<>();
            for (UUID id : orders.lockOverdue(batch)) {
                endLocked(id, OrderStatus.EXPIRED, "expired").ifPresent(ended::add);
            }
            return ended;
        });
        expired.forEach(this::releaseCounters);
        return expired.size();
    }

    private Optional<Order> end(UUID orderId, OrderStatus next, String reason) {
        Optional<Order> ended = transactions.execute(status -> endLocked(orderId, next, reason));
        ended.filter(order -> OrderStatus.releasesStock(next)).ifPresent(this::releaseCounters);
        return ended;
    }

    private Optional<Order> endLocked(UUID orderId, OrderStatus next, String reason) {
        Optional<Order> ended = orders.endPending(orderId, next);
        ended.ifPresent(order -> {
            Instant now = Instant.now();
            switch (next) {
                case CONFIRMED -> outbox.publish(new OrderConfirmed(order.id(), order.userId(), now));
                case PAYMENT_FAILED -> outbox.publish(new OrderPaymentFailed(order.id(), order.userId(), reason, now));
                case CANCELLED -> outbox.publish(new OrderCancelled(order.id(), order.userId(), CancelReason.CANCELLED, now));
                case EXPIRED -> outbox.publish(new OrderCancelled(order.id(), order.userId(), CancelReason.EXPIRED, now));
                case PENDING_PAYMENT -> throw new IllegalArgumentException("an order cannot end as pending");
            }
            if (OrderStatus.releasesStock(next)) {
                for (OrderLineItem line : order.lines()) {
                    sales.giveBack(line.dropId(), line.productId(), order.userId(), line.quantity());
                    outbox.publish(new StockReleased(order.id(), line.dropId(), line.productId(), line.quantity(),
                            reason, now));
                }
            }
        });
        return ended;
    }

    private void releaseCounters(Order order) {
        if (redisCounters) {
            order.lines().forEach(line ->
                    counters.release(line.dropId(), line.productId(), order.userId(), line.quantity()));
        }
    }
}
