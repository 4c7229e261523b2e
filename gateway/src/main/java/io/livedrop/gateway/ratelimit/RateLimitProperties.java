package io.livedrop.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code livedrop.gateway.rate-limit.*}; the defaults are in application.yml.
 *
 * @param trustedProxies how many proxies in front of the gateway append to X-Forwarded-For; 0 uses
 *        the connection's address (a client could otherwise pick its own address and bucket)
 * @param perUser every request of an authenticated user
 * @param perIp every anonymous request of one client address
 * @param authPerIp login and sign-up of one client address, on top of {@code perIp}: stricter,
 *        because these are what credential stuffing and sign-up spam hit
 * @param loginLockout failed logins in a row from one address that shut logins from it for a while
 */
@ConfigurationProperties("livedrop.gateway.rate-limit")
record RateLimitProperties(int trustedProxies, Bucket perUser, Bucket perIp, Bucket authPerIp,
        Lockout loginLockout) {

    /**
     * A token bucket.
     *
     * @param capacity the burst a client may send at once
     * @param refillPerSecond the sustained rate, in requests per second (fractions allowed)
     */
    record Bucket(int capacity, double refillPerSecond) {

        Bucket {
            if (capacity < 1 || !(refillPerSecond > 0)) {
                throw new IllegalArgumentException("a bucket needs capacity >= 1 and refill-per-second > 0");
            }
        }
    }

    /**
     * @param maxFailures failed logins (401 from user-svc) in a row that lock the address
     * @param coolDown how long the lock lasts, and how long a count of failures is remembered
     */
    record Lockout(int maxFailures, Duration coolDown) {
    }
}
