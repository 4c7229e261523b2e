package io.livedrop.drop.listing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Redis cache of the upcoming and live lists ({@code livedrop.drop.list-cache.*}).
 *
 * @param ttl how long a cached list lives; lifecycle events clear it sooner, so this bounds how old
 *        the remaining stock in a cached list can be
 */
@ConfigurationProperties("livedrop.drop.list-cache")
record ListCacheProperties(@DefaultValue("15s") Duration ttl) {
}
