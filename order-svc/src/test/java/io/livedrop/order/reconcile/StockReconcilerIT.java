package io.livedrop.order.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import io.livedrop.events.UuidV7;
import io.livedrop.order.OrderServiceHarness;
import io.livedrop.order.stock.DropSales;
import io.livedrop.order.stock.ReserveResult;
import io.livedrop.order.stock.StockCounters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two order-svc instances each run a reconciler over the same counters (this context's scheduled one
 * is a third). A correction is a compare-and-set on the counters' version, so however their rounds
 * interleave, a unit is given back once and a reservation made meanwhile is never written over.
 */
class StockReconcilerIT extends OrderServiceHarness {

    @Autowired
    DropSales sales;

    @Autowired
    StockCounters counters;

    @Test
    void twoInstancesGiveAStrandedReservationBackOnce() {
        Drop drop = aLiveDrop(5, 2);
        // An instance reserved in Redis and died before committing: Redis holds a unit Postgres never sold.
        assertThat(counters.reserve(drop.id(), drop.productId(), UuidV7.next(), 1)).isEqualTo(ReserveResult.RESERVED);
        StockReconciler one = new StockReconciler(sales, counters);
        StockReconciler other = new StockReconciler(sales, counters);

        // Each sees the same difference twice in a row, so each would correct it.
        one.reconcile(drop.id());
        other.reconcile(drop.id());
        one.reconcile(drop.id());
        other.reconcile(drop.id());

        assertThat(leftInRedis(drop)).isEqualTo(5);
        assertThat(holdingsInRedis(drop)).isEmpty();
        assertThat(sold(drop)).isZero();
    }

    @Test
    void twoInstancesReconcilingThroughoutASaleNeitherHideNorInventUnits() throws Exception {
        int units = 60;
        Drop drop = aLiveDrop(units, 1);
        List<StockReconciler> instances = List.of(new StockReconciler(sales, counters),
                new StockReconciler(sales, counters));
        AtomicBoolean selling = new AtomicBoolean(true);
        List<Future<Response>> firstWave = new ArrayList<>();

        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (StockReconciler reconciler : instances) {
                executor.submit(() -> {
                    while (selling.get()) {
                        reconciler.reconcile(drop.id());
                    }
                });
            }
            // Three instances die mid-purchase, leaving reservations only Redis knows of.
            for (int i = 0; i < 3; i++) {
                counters.reserve(drop.id(), drop.productId(), UuidV7.next(), 1);
            }
            for (int i = 0; i < 100; i++) {
                firstWave.add(executor.submit(() -> buy(UuidV7.next(), drop, 1)));
            }
            for (Future<Response> purchase : firstWave) {
                purchase.get();
            }
            selling.set(false);
        }
        int bought = boughtIn(firstWave);
        assertThat(sold(drop)).isEqualTo(bought).isLessThanOrEqualTo(units);

        // Quiet now: the stranded units come back, once.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            instances.forEach(reconciler -> reconciler.reconcile(drop.id()));
            assertThat(leftInRedis(drop)).isEqualTo(units - sold(drop));
            assertThat(holdingsInRedis(drop)).isEqualTo(holdingsInPostgres(drop));
        });
        // Every unit can be sold, and no more: nothing was hidden or invented.
        List<Future<Response>> secondWave = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < units; i++) {
                secondWave.add(executor.submit(() -> buy(UuidV7.next(), drop, 1)));
            }
        }
        assertThat(bought + boughtIn(secondWave)).isEqualTo(units);
        assertThat(sold(drop)).isEqualTo(units);
        assertThat(leftInRedis(drop)).isZero();
        assertThat(holdingsInRedis(drop)).isEqualTo(holdingsInPostgres(drop));
    }

    private static int boughtIn(List<Future<Response>> purchases) throws Exception {
        int bought = 0;
        for (Future<Response> purchase : purchases) {
            Response response = purchase.get();
            assertThat(response.status()).as(response.body()).isIn(201, 409);
            if (response.status() == 201) {
                bought++;
            }
            else {
                assertThat(response.problemType()).isEqualTo("sold-out");
            }
        }
        return bought;
    }
}
