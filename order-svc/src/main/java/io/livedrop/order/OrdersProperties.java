package io.livedrop.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The order path's settings ({@code livedrop.orders.*}).
 *
 * @param reservation where stock and per-user limits are checked first
 * @param paymentTimeout how long a pending order holds its units before it expires
 * @param idempotencyTtl how long a key's record (its claim, then its answer for replay) is kept
 * @param inFlightTtl how long a claimed key is held unanswered before a retry of the same request may take it over
 *                    (a crashed instance must not block it forever)
 * @param cartTtl how long an untouched cart lives
 */
@ConfigurationProperties("livedrop.orders")
public record OrdersProperties(
        @DefaultValue("redis") ReservationMode reservation,
        @DefaultValue("10m") Duration paymentTimeout,
        @DefaultValue("24h") Duration idempotencyTtl,
        @DefaultValue("30s") Duration inFlightTtl,
        @DefaultValue("30m") Duration cartTtl,
        @DefaultValue("5s") Duration expirySweepInterval,
        @DefaultValue("5s") Duration reconcileInterval) {

    public enum ReservationMode {
        /** A Lua script in Redis answers sold-out, over-limit and not-live; Postgres confirms. */
        REDIS,
        /** Guarded UPDATEs in Postgres alone; no Redis for stock. */
        POSTGRES
    }

    public boolean redisReservations() {
        return reservation == ReservationMode.REDIS;
    }
}
