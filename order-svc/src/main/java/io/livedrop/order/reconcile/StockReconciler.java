package io.livedrop.order.reconcile;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.livedrop.order.stock.CounterValues;
import io.livedrop.order.stock.DropSales;
import io.livedrop.order.stock.StockCounters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps each scheduled or live drop's Redis counters equal to Postgres. Missing counters are rebuilt
 * at once. A difference is corrected only when it is seen twice in a row with nothing changed in
 * between: a reservation in flight (taken in Redis, not yet committed) is a difference too, and must
 * not be "corrected" away. The correction is a compare-and-set on the counters' version.
 */
@Component
@ConditionalOnProperty(name = "livedrop.orders.reservation", havingValue = "redis", matchIfMissing = true)
class StockReconciler {

    private static final Logger log = LoggerFactory.getLogger(StockReconciler.class);

    private final DropSales sales;
    private final StockCounters counters;
    private final Map<UUID, Observation> lastDifference = new ConcurrentHashMap<>();

    StockReconciler(DropSales sales, StockCounters counters) {
        this.sales = sales;
        this.counters = counters;
    }

    record Observation(String version, CounterValues expected) {
    }

    @Scheduled(fixedDelayString = "${livedrop.orders.reconcile-interval:5s}")
    void reconcileAll() {
        for (UUID dropId : sales.sellingOrScheduled()) {
            try {
                reconcile(dropId);
            }
            catch (RuntimeException ex) {
                log.warn("Could not reconcile the counters of drop {}: {}", dropId, ex.toString());
            }
        }
    }

    void reconcile(UUID dropId) {
        Optional<StockCounters.Versioned> inRedis = counters.read(dropId);
        if (inRedis.isEmpty()) {
            lastDifference.remove(dropId);
            counters.rebuildIfMissing(dropId);
            return;
        }
        Optional<CounterValues> inPostgres = counters.fromPostgres(dropId);
        if (inPostgres.isEmpty()) {
            return;
        }
        if (inRedis.get().values().sameCountsAs(inPostgres.get())) {
            lastDifference.remove(dropId);
            return;
        }
        Observation seen = new Observation(inRedis.get().version(), inPostgres.get());
        Observation before = lastDifference.put(dropId, seen);
        if (seen.equals(before)) {
            if (counters.replaceIfUnchanged(dropId, seen.version(), seen.expected())) {
                log.warn("Corrected the Redis counters of drop {} to Postgres: was {}, now {}", dropId,
                        inRedis.get().values(), seen.expected());
            }
            lastDifference.remove(dropId);
        }
    }
}
