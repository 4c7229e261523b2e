package io.livedrop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.order.OrderPlaced;
import io.livedrop.events.order.StockReserved;
import io.livedrop.testinfra.TopicProbe;

import org.junit.jupiter.api.Test;

/**
 * The packaged order-svc is killed with SIGKILL in the middle of a sale and started again. This test's
 * own context only learns the drop from its events (as every test here does); the child process sells.
 */
class KilledMidSaleIT extends OrderServiceHarness {

    private static final int STOCK = 120;
    private static final int LIMIT = 2;
    private static final int ANSWERS_BEFORE_THE_KILL = 50;

    @Test
    void killedMidSaleAndRestartedItNeitherOversellsNorLosesAUnitNorLeavesAnOrderWithoutItsEvents() throws Exception {
        Drop drop = aLiveDrop(STOCK, LIMIT);
        List<Attempt> beforeRestart;
        List<Attempt> afterRestart;
        Set<UUID> ordersInPostgres;
        List<EventPayload> events;
        String metrics;

        try (TopicProbe orderEvents = TopicProbe.from(Topics.ORDERS);
             PackagedOrderService service = PackagedOrderService.start("order-svc-killed-mid-sale", List.of(
                     // Drop events are applied by this test's context; the child needs no consumer of its own.
                     "--spring.kafka.listener.auto-startup=false",
                     "--spring.kafka.consumer.group-id=order-svc-killed-mid-sale-" + UUID.randomUUID(),
                     "--livedrop.orders.reconcile-interval=400ms",
                     "--livedrop.payments.webhook-secret=" + WEBHOOK_SECRET,
                     "--livedrop.payments.simulated.delay=1h"))) {
            AtomicInteger answered = new AtomicInteger();
            beforeRestart = stampede(service, drop, () -> {
                if (answered.incrementAndGet() == ANSWERS_BEFORE_THE_KILL) {
                    service.kill();
                }
            });

            // Killed mid-sale: some were answered, the rest were cut off or refused, and units were left.
            assertThat(beforeRestart).anyMatch(attempt -> attempt.status() == 201);
            assertThat(beforeRestart).anyMatch(attempt -> attempt.response() == null);
            assertThat(sold(drop)).isLessThan(STOCK);

            service.startAgain();
            // Reservations the kill stranded in Redis are given back by the reconciler once all is quiet.
            await().atMost(EVENTUALLY).untilAsserted(() -> {
                assertThat(leftInRedis(drop)).isEqualTo(STOCK - sold(drop));
                assertThat(holdingsInRedis(drop)).isEqualTo(holdingsInPostgres(drop));
            });
            afterRestart = stampede(service, drop, () -> { });

            ordersInPostgres = orderIdsOf(drop);
            events = orderEvents(orderEvents, ordersInPostgres, seen -> placedAndReserved(seen, ordersInPostgres));
            metrics = scrape(service.port());
        }

        List<Attempt> attempts = Stream.concat(beforeRestart.stream(), afterRestart.stream()).toList();
        for (Attempt attempt : attempts) {
            if (attempt.response() != null) {
                assertThat(attempt.status()).as(attempt.response().body()).isIn(201, 409);
            }
        }
        assertThat(afterRestart).allMatch(attempt -> attempt.response() != null);
        // No unit oversold, none lost: the whole stock is sold, and each sold unit is in an order.
        assertThat(sold(drop)).isEqualTo(STOCK);
        assertThat(unitsInOrders(drop)).isEqualTo(STOCK);
        assertThat(holdingsInPostgres(drop)).isEqualTo(holdingsFromOrders(drop));
        assertThat(holdingsInPostgres(drop).values()).allSatisfy(units -> assertThat(Integer.parseInt(units)).isBetween(1, LIMIT));
        // Redis is a gate, not the authority: a reservation it counted while a commit was slow is put
        // right by the reconciler once the sale is quiet, so the counters agree with Postgres eventually.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            assertThat(leftInRedis(drop)).isZero();
            assertThat(holdingsInRedis(drop)).isEqualTo(holdingsInPostgres(drop));
        });
        // Every 201 has its order; the only orders nobody was told of are ones whose answer the kill cut off.
        Set<UUID> told = attempts.stream().filter(attempt -> attempt.status() == 201)
                .map(attempt -> attempt.response().orderId()).collect(Collectors.toSet());
        assertThat(ordersInPostgres).containsAll(told);
        assertThat(ordersInPostgres.size() - told.size())
                .isLessThanOrEqualTo((int) beforeRestart.stream().filter(attempt -> attempt.response() == null).count());
        // Every order has its events, and no event speaks of an order that is not there.
        assertThat(Set.copyOf(orderIdsOf(events, OrderPlaced.class))).isEqualTo(ordersInPostgres);
        assertThat(Set.copyOf(orderIdsOf(events, StockReserved.class))).isEqualTo(ordersInPostgres);
        // The restarted instance exposes the drop KPIs it counted.
        assertThat(metrics.lines()).anyMatch(line -> line.startsWith("livedrop_orders_attempts_total{")
                && line.contains("outcome=\"accepted\"") && !line.endsWith(" 0.0"));
    }

    /** 150 buyers, two attempts each, all at once against the child; an attempt the kill cut off has no answer. */
    private List<Attempt> stampede(PackagedOrderService service, Drop drop, Runnable afterEachAnswer) throws Exception {
        List<UUID> buyers = IntStream.range(0, 150).mapToObj(buyer -> UuidV7.next()).toList();
        List<Future<Attempt>> futures = new ArrayList<>();
        Semaphore connections = new Semaphore(50);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < 2; round++) {
                for (UUID user : buyers) {
                    futures.add(executor.submit(() -> {
                        connections.acquire();
                        try {
                            Response response = buyAt(service.port(), user, drop, 1, UUID.randomUUID().toString());
                            afterEachAnswer.run();
                            return new Attempt(user, response);
                        }
                        catch (IllegalStateException ex) {
                            if (ex.getCause() instanceof IOException) {
                                return new Attempt(user, null);
                            }
                            throw ex;
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

    private int unitsInOrders(Drop drop) {
        return jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM order_line WHERE drop_id = ?").param(drop.id())
                .query(Integer.class).single();
    }

    private Map<String, String> holdingsFromOrders(Drop drop) {
        Map<String, String> holdings = new TreeMap<>();
        jdbc.sql("""
                SELECT o.user_id, sum(l.quantity) AS units FROM customer_order o JOIN order_line l ON l.order_id = o.id
                WHERE l.drop_id = ? GROUP BY o.user_id""").param(drop.id())
                .query((rs, row) -> holdings.put(rs.getString("user_id"), rs.getString("units"))).list();
        return holdings;
    }

    private static String scrape(int port) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private record Attempt(UUID userId, Response response) {

        int status() {
            return response == null ? 0 : response.status();
        }
    }
}
