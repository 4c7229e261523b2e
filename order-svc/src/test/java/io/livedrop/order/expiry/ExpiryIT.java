package io.livedrop.order.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.CancelReason;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.events.order.StockReleased;
import io.livedrop.order.OrderServiceHarness;
import io.livedrop.order.orders.OrderLifecycle;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExpiryIT extends OrderServiceHarness {

    @Autowired
    OrderLifecycle lifecycle;

    @Test
    void anOrderNotPaidInTimeExpiresAndItsUnitsCanBeBoughtAgain() {
        Drop drop = aLiveDrop(1, 1);
        UUID buyer = UuidV7.next();
        UUID orderId = buy(buyer, drop, 1).orderId();
        assertThat(buy(UuidV7.next(), drop, 1).problemType()).isEqualTo("sold-out");

        try (TopicProbe events = TopicProbe.from(Topics.ORDERS)) {
            // Its payment deadline passes (rather than waiting the configured 10 minutes).
            jdbc.sql("UPDATE customer_order SET expires_at = now() - interval '1 second' WHERE id = ?")
                    .param(orderId).update();

            await().atMost(EVENTUALLY).until(() -> "EXPIRED".equals(jdbc.sql(
                    "SELECT status FROM customer_order WHERE id = ?").param(orderId).query(String.class).single()));
            events.await(record -> new EventCodec().decode(record.value())
                    .filter(event -> event.data() instanceof OrderCancelled cancelled
                            && cancelled.orderId().equals(orderId) && cancelled.reason() == CancelReason.EXPIRED)
                    .isPresent(), EVENTUALLY);
        }
        assertThat(sold(drop)).isZero();
        assertThat(leftInRedis(drop)).isEqualTo(1);
        assertThat(buy(UuidV7.next(), drop, 1).status()).isEqualTo(201);
    }

    /**
     * Two instances' sweepers (and this context's scheduled one, a third) sweep the same overdue orders
     * at once: each order expires once, and its unit comes back once, in Postgres and in Redis.
     */
    @Test
    void sweepersOfTwoInstancesExpireEachOrderOnceAndGiveItsUnitsBackOnce() throws Exception {
        int units = 150;
        Drop drop = aLiveDrop(units, 1);
        Set<UUID> orderIds = boughtByOnePerUser(drop, units);
        assertThat(orderIds).hasSize(units);
        assertThat(leftInRedis(drop)).isZero();
        List<ExpirySweeper> instances = List.of(new ExpirySweeper(lifecycle), new ExpirySweeper(lifecycle));
        List<EventPayload> events;

        try (TopicProbe orderEvents = TopicProbe.from(Topics.ORDERS);
             ExecutorService sweeping = Executors.newFixedThreadPool(instances.size())) {
            long deadline = System.nanoTime() + EVENTUALLY.toNanos();
            List<Future<?>> sweepers = new ArrayList<>();
            for (ExpirySweeper sweeper : instances) {
                // Both sweep over and over from before the orders fall due until none of them is pending.
                sweepers.add(sweeping.submit(() -> {
                    while (pending(drop) > 0 && System.nanoTime() < deadline) {
                        sweeper.sweep();
                    }
                }));
            }
            jdbc.sql("UPDATE customer_order SET expires_at = now() - interval '1 second' WHERE id IN (:ids)")
                    .param("ids", List.copyOf(orderIds)).update();
            for (Future<?> sweeper : sweepers) {
                sweeper.get();
            }
            events = orderEvents(orderEvents, orderIds, seen ->
                    orderIdsOf(seen, OrderCancelled.class).containsAll(orderIds)
                            && orderIdsOf(seen, StockReleased.class).containsAll(orderIds));
        }

        assertThat(jdbc.sql("SELECT status FROM customer_order WHERE id IN (:ids)")
                .param("ids", List.copyOf(orderIds)).query(String.class).list())
                .hasSize(units).containsOnly("EXPIRED");
        assertThat(orderIdsOf(events, OrderCancelled.class)).containsExactlyInAnyOrderElementsOf(orderIds);
        assertThat(orderIdsOf(events, StockReleased.class)).containsExactlyInAnyOrderElementsOf(orderIds);
        assertThat(events).filteredOn(OrderCancelled.class::isInstance)
                .allSatisfy(event -> assertThat(((OrderCancelled) event).reason()).isEqualTo(CancelReason.EXPIRED));
        assertThat(sold(drop)).isZero();
        assertThat(holdingsInPostgres(drop)).isEmpty();
        assertThat(leftInRedis(drop)).isEqualTo(units);
        assertThat(holdingsInRedis(drop)).isEmpty();
    }

    private Set<UUID> boughtByOnePerUser(Drop drop, int buyers) throws Exception {
        List<Future<Response>> purchases = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < buyers; i++) {
                purchases.add(executor.submit(() -> buy(UuidV7.next(), drop, 1)));
            }
        }
        Set<UUID> orderIds = new HashSet<>();
        for (Future<Response> purchase : purchases) {
            Response response = purchase.get();
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            orderIds.add(response.orderId());
        }
        return orderIds;
    }

    private int pending(Drop drop) {
        return jdbc.sql("""
                SELECT count(*) FROM customer_order o JOIN order_line l ON l.order_id = o.id
                WHERE l.drop_id = ? AND o.status = 'PENDING_PAYMENT'""")
                .param(drop.id()).query(Integer.class).single();
    }
}
