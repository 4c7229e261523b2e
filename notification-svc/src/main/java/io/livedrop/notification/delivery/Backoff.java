package io.livedrop.notification.delivery;

import java.time.Duration;

/** Exponential backoff between attempts of one delivery: initial, 2x, 4x, ... capped at max. */
record Backoff(Duration initial, Duration max) {

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
