package io.livedrop.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code livedrop.gateway.cors.*}: which web origins may call the API from a browser.
 *
 * @param allowedOrigins exact origins or patterns such as {@code https://*.livedrop.io}; empty
 *        allows no cross-origin browser calls
 * @param maxAge how long a browser may reuse a preflight answer
 */
@ConfigurationProperties("livedrop.gateway.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
}
