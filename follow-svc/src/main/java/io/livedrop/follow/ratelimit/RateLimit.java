package io.livedrop.follow.ratelimit;

import java.time.Duration;

/**
 * A rate of {@code requests} per {@code period} as the generic cell rate algorithm of
 * {@code redis/rate-limit.lua} takes it: requests are spaced one emission interval apart on
 * average, and a full period's worth may come at once.
 */
record RateLimit(int requests, Duration period) {

    RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request, not " + requests);
        }
        if (period.toMillis() < requests) {
            throw new IllegalArgumentException("a rate limit period must allow at least 1 ms per request");
        }
    }

    long emissionIntervalMillis() {
        return Math.ceilDiv(period.toMillis(), requests);
    }

    long burstToleranceMillis() {
        return emissionIntervalMillis() * (requests - 1);
    }

    /** The {@code Retry-After} seconds for a wait in milliseconds: rounded up, at least 1. */
    static long retryAfterSeconds(long waitMillis) {
        return Math.max(1, Math.ceilDiv(waitMillis, 1000));
    }
}
