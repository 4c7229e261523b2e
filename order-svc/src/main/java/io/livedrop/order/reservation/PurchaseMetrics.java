package io.livedrop.order.reservation;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.livedrop.web.problem.ProblemException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Drop KPIs at {@code /actuator/prometheus}: purchase attempts by outcome, units sold, and how long
 * an item takes to sell out. None is tagged by drop: drops are unbounded, and a series per drop would
 * stay in every scrape long after the drop.
 */
@Component
class PurchaseMetrics {

    static final String ATTEMPTS = "livedrop.orders.attempts";
    static final String UNITS_SOLD = "livedrop.orders.units.sold";
    static final String SOLD_OUT = "livedrop.drop.sold.out";

    private final Map<PurchaseOutcome, Counter> attempts = new EnumMap<>(PurchaseOutcome.class);
    private final Counter unitsSold;
    private final Timer soldOut;

    PurchaseMetrics(MeterRegistry registry) {
        for (PurchaseOutcome outcome : PurchaseOutcome.values()) {
            attempts.put(outcome, Counter.builder(ATTEMPTS)
                    .description("Purchase attempts (one-tap or checkout) that reached the reservation, by outcome")
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
        unitsSold = Counter.builder(UNITS_SOLD)
                .description("Units taken by accepted purchases (pending or paid; released units are not subtracted)")
                .register(registry);
        soldOut = Timer.builder(SOLD_OUT)
                .description("Time from a drop's start until one of its items sold out")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(2))
                .register(registry);
    }

    void accepted(int units) {
        attempts.get(PurchaseOutcome.ACCEPTED).increment();
        unitsSold.increment(units);
    }

    void replayed() {
        attempts.get(PurchaseOutcome.REPLAYED).increment();
    }

    void refused(ProblemException problem) {
        URI type = problem.getBody().getType();
        String path = type.getPath() == null ? "" : type.getPath();
        attempts.get(PurchaseOutcome.ofProblem(path.substring(path.lastIndexOf('/') + 1))).increment();
    }

    void failed() {
        attempts.get(PurchaseOutcome.FAILED).increment();
    }

    /** An item ran out this long after its drop started; again if released units sell out once more. */
    void soldOut(Duration sinceStart) {
        if (!sinceStart.isNegative()) {
            soldOut.record(sinceStart);
        }
    }
}
