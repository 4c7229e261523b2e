package io.livedrop.order.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.OrderPlaced;
import io.livedrop.events.order.StockReserved;
import io.livedrop.order.OrderServiceHarness;
import io.livedrop.order.stock.StockCounters;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;

class ConcurrentPurchaseIT extends OrderServiceHarness {

    @Test
    void twoThousandConcurrentAttemptsEachSentTwiceSellExactlyTheStockWithinTheLimit() throws Exception {
        Drop drop = aLiveDrop(100, 2);
        List<UUID> users = users(400);
        List<Attempt> attempts;
        List<EventPayload> events;

        try (TopicProbe orderEvents = TopicProbe.from(Topics.ORDERS)) {
            attempts = attemptAll(drop, users, 5, () -> { });
            Set<UUID> ordered = orderIdsOf(drop);
            events = orderEvents(orderEvents, ordered, seen -> placedAndReserved(seen, ordered));
        }

        assertThat(attempts).hasSize(2000);
        for (Attempt attempt : attempts) {
            assertThat(attempt.first().status()).as(attempt.first().body()).isIn(201, 409);
            if (attempt.first().status() == 409) {
                assertThat(attempt.first().problemType()).isIn("sold-out", "limit-exceeded");
            }
            // The same key again: the first answer, not a second order.
            assertThat(attempt.replay().status()).isEqualTo(attempt.first().status());
            assertThat(attempt.replay().body()).isEqualTo(attempt.first().body());
            assertThat(attempt.replay().location()).isEqualTo(attempt.first().location());
        }
        List<Attempt> bought = attempts.stream().filter(attempt -> attempt.first().status() == 201).toList();
        assertThat(bought).hasSize(100);
        assertThat(sold(drop)).isEqualTo(100);
        assertThat(ordersOf(drop)).isEqualTo(100);
        assertThat(attempts).anySatisfy(attempt -> assertThat(attempt.first().status()).isEqualTo(409));
        Map<UUID, Long> unitsPerUser = bought.stream().collect(Collectors.groupingBy(Attempt::userId, Collectors.counting()));
        assertThat(unitsPerUser.values()).allSatisfy(units -> assertThat(units).isLessThanOrEqualTo(2));
        assertThat(holdingsInPostgres(drop).values()).allSatisfy(units -> assertThat(Integer.parseInt(units)).isBetween(1, 2));
        assertThat(leftInRedis(drop)).isZero();
        assertThat(holdingsInRedis(drop)).isEqualTo(holdingsInPostgres(drop));
        // Every order the buyers were told of, and no other, went out as order.placed and stock.reserved, once.
        Set<UUID> told = bought.stream().map(attempt -> attempt.first().orderId()).collect(Collectors.toSet());
        assertThat(orderIdsOf(drop)).isEqualTo(told);
        assertThat(orderIdsOf(events, OrderPlaced.class)).containsExactlyInAnyOrderElementsOf(told);
        assertThat(orderIdsOf(events, StockReserved.class)).containsExactlyInAnyOrderElementsOf(told);
    }

    @Test
    void losingTheDropsRedisKeysMidSaleNeitherOversellsNorLosesTheCounters() throws Exception {
        Drop drop = aLiveDrop(50, 2);
        List<UUID> users = users(150);
        AtomicInteger started = new AtomicInteger();

        List<Attempt> attempts = attemptAll(drop, users, 3, () -> {
            if (started.incrementAndGet() == 120) {
                redis.delete(List.of(StockCounters.saleKey(drop.id()), StockCounters.heldKey(drop.id())));
            }
        });

        for (Attempt attempt : attempts) {
            assertThat(attempt.first().status()).as(attempt.first().body()).isIn(201, 409, 503);
            if (attempt.first().status() != 201) {
                assertThat(attempt.first().problemType()).isIn("sold-out", "limit-exceeded", "stock-unavailable");
            }
        }
        long bought = attempts.stream().filter(attempt -> attempt.first().status() == 201).count();
        assertThat(sold(drop)).isEqualTo(bought).isLessThanOrEqualTo(50);
        assertThat(holdingsInPostgres(drop).values()).allSatisfy(units -> assertThat(Integer.parseInt(units)).isBetween(1, 2));
        // Rebuilt, and (by the reconciler, should a reservation have been in flight at the loss) equal to Postgres.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            assertThat(leftInRedis(drop)).isEqualTo(50 - sold(drop));
            assertThat(holdingsInRedis(drop)).isEqualTo(holdingsInPostgres(drop));
        });
    }

    private List<Attempt> attemptAll(Drop drop, List<UUID> users, int attemptsPerUser, Runnable beforeEach)
            throws Exception {
        List<Future<Attempt>> futures = new ArrayList<>();
        // All attempts are submitted at once; this only bounds open connections, not the contention.
        Semaphore connections = new Semaphore(200);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < attemptsPerUser; round++) {
                for (UUID user : users) {
                    futures.add(executor.submit(() -> {
                        connections.acquire();
                        try {
                            beforeEach.run();
                            String key = UUID.randomUUID().toString();
                            Response first = buy(user, drop, 1, key);
                            return new Attempt(user, key, first, buy(user, drop, 1, key));
                        }
                        finally {
                            connections.release();
                        }
                    }));
                }
            }
        }
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> future : futures) {
            attempts.add(future.get());
        }
        return attempts;
    }

    private int ordersOf(Drop drop) {
        return jdbc.sql("SELECT count(*) FROM order_line WHERE drop_id = ?").param(drop.id()).query(Integer.class).single();
    }

    private static List<UUID> users(int count) {
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(UuidV7.next());
        }
        return users;
    }

    private record Attempt(UUID userId, String key, Response first, Response replay) {
    }
}
