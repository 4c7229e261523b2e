package io.livedrop.creator.userservice;

import java.time.Duration;
import java.time.Instant;

/**
 * A service token from user-svc, used until shortly before it expires so a call never goes out
 * with a token that dies in flight or on a clock that runs a little ahead.
 */
record ServiceToken(String value, Instant renewAt) {

    private static final Duration MARGIN = Duration.ofSeconds(30);

    static ServiceToken issued(String value, Duration lifetime, Instant now) {
        Duration margin = MARGIN.compareTo(lifetime.dividedBy(2)) < 0 ? MARGIN : lifetime.dividedBy(2);
        return new ServiceToken(value, now.plus(lifetime).minus(margin));
    }

    boolean usableAt(Instant now) {
        return now.isBefore(renewAt);
    }

    @Override
    public String toString() {
        // Tokens must never reach a log.
        return "ServiceToken[renewAt=" + renewAt + "]";
    }
}
