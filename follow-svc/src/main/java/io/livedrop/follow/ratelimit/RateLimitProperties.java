package io.livedrop.follow.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.follow.rate-limit.*}: how many follows and unfollows one user may make per period.
 *
 * @param requests requests allowed per period, also the largest burst
 * @param period the period
 */
@ConfigurationProperties("livedrop.follow.rate-limit")
record RateLimitProperties(@DefaultValue("30") int requests, @DefaultValue("1m") Duration period) {

    RateLimit rateLimit() {
        return new RateLimit(requests, period);
    }
}
