package io.livedrop.order.expiry;

import io.livedrop.order.orders.OrderLifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires orders not paid within {@code livedrop.orders.payment-timeout}, giving their units back.
 * Every instance sweeps; SKIP LOCKED lets them share the work without waiting on each other.
 */
@Component
class ExpirySweeper {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);
    private static final int BATCH = 100;

    private final OrderLifecycle lifecycle;

    ExpirySweeper(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(fixedDelayString = "${livedrop.orders.expiry-sweep-interval:5s}")
    void sweep() {
        try {
            int expired;
            do {
                expired = lifecycle.expireOverdue(BATCH);
                if (expired > 0) {
                    log.info("Expired {} unpaid orders", expired);
                }
            }
            while (expired == BATCH);
        }
        catch (RuntimeException ex) {
            // The next round picks them up; a deadlock between sweepers of one product is possible and harmless.
            log.warn("Expiry sweep failed: {}", ex.toString());
        }
    }
}
