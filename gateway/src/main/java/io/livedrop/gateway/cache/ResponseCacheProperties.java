package io.livedrop.gateway.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code livedrop.gateway.cache.*}: the Redis cache of public GETs.
 *
 * @param defaultTtl how long an answer without {@code max-age} is kept
 * @param maxTtl the cap on an upstream {@code max-age}: the cache absorbs bursts of the same read
 *        (a drop going live), it is not a second source of truth
 * @param maxBodySize larger answers are passed on without being cached
 */
@ConfigurationProperties("livedrop.gateway.cache")
record ResponseCacheProperties(
        @DefaultValue("5s") Duration defaultTtl,
        @DefaultValue("30s") Duration maxTtl,
        @DefaultValue("256KB") DataSize maxBodySize) {
}
