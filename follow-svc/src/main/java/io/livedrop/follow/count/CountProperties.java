package io.livedrop.follow.count;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.follow.count.*}.
 *
 * @param slots counter rows per creator that follows and unfollows spread over; may be changed at
 *        any time, since a count is the sum over whatever slots exist
 * @param publishInterval pause between publishing rounds: at most one follower-count.updated event
 *        per creator in this interval
 * @param publishBatchSize changed counter rows taken per round; the rest wait for the next round
 * @param cacheTtl time to live of a cached count in Redis
 */
@ConfigurationProperties("livedrop.follow.count")
record CountProperties(
        @DefaultValue("8") int slots,
        @DefaultValue("1s") Duration publishInterval,
        @DefaultValue("5000") int publishBatchSize,
        @DefaultValue("10m") Duration cacheTtl) {

    CountProperties {
        if (slots < 1 || slots > Short.MAX_VALUE) {
            throw new IllegalArgumentException("livedrop.follow.count.slots must be 1 to " + Short.MAX_VALUE);
        }
    }
}
