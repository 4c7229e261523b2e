package io.livedrop.creator.userservice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code livedrop.user-svc.*}: where user-svc's internal API is and how creator-svc signs in to it.
 *
 * @param url base URL of user-svc
 * @param clientSecret creator-svc's secret for service tokens
 * @param connectTimeout how long to wait for a connection to user-svc
 * @param readTimeout how long to wait for its answer; with the connect timeout, a stalled user-svc
 *        cannot hold threads
 * @param grantRetry how soon an owed role grant is tried again after user-svc failed it
 */
@Validated
@ConfigurationProperties("livedrop.user-svc")
record UserServiceProperties(
        @NotNull URI url,
        @NotBlank String clientSecret,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue GrantRetry grantRetry) {

    /** Exponential backoff between attempts, from {@code initialBackoff} up to {@code maxBackoff}. */
    record GrantRetry(@DefaultValue("1s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff) {

        Duration backoffAfter(int failedAttempts) {
            int doublings = Math.max(0, failedAttempts - 1);
            // Past 2^30 any sane initial backoff is beyond the cap; stop before the multiplication overflows.
            if (doublings >= 30) {
                return maxBackoff;
            }
            Duration backoff = initialBackoff.multipliedBy(1L << doublings);
            return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
        }
    }
}
