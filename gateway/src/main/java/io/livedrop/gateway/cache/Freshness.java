package io.livedrop.gateway.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Whether, and how long, an upstream answer may be cached, honouring its Cache-Control as a shared
 * cache must (RFC 9111): {@code no-store}, {@code private} and {@code no-cache} keep it out,
 * {@code s-maxage} or else {@code max-age} set the lifetime, capped.
 */
final class Freshness {

    private final Duration defaultTtl;

    private final Duration maxTtl;

    Freshness(Duration defaultTtl, Duration maxTtl) {
        this.defaultTtl = defaultTtl;
        this.maxTtl = maxTtl;
    }

    Optional<Duration> ttl(HttpStatusCode status, HttpHeaders headers) {
        if (status == null || status.value() != 200 || !isJson(headers.getContentType())
                || headers.containsHeader(HttpHeaders.SET_COOKIE) || headers.containsHeader(HttpHeaders.CONTENT_ENCODING)
                || headers.getVary().contains("*")) {
            return Optional.empty();
        }
        Duration maxAge = null;
        Duration sharedMaxAge = null;
        for (String value : headers.getValuesAsList(HttpHeaders.CACHE_CONTROL)) {
            String directive = value.trim().toLowerCase(Locale.ROOT);
            if (directive.equals("no-store") || directive.equals("private") || directive.equals("no-cache")) {
                return Optional.empty();
            }
            if (directive.startsWith("s-maxage=")) {
                sharedMaxAge = seconds(directive.substring("s-maxage=".length()));
            }
            else if (directive.startsWith("max-age=")) {
                maxAge = seconds(directive.substring("max-age=".length()));
            }
        }
        Duration ttl = sharedMaxAge != null ? sharedMaxAge : maxAge != null ? maxAge : defaultTtl;
        return ttl.isPositive() ? Optional.of(ttl.compareTo(maxTtl) > 0 ? maxTtl : ttl) : Optional.empty();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || type.getSubtype().endsWith("+json"));
    }

    /** A malformed value counts as 0: not cached, rather than cached for a guessed time. */
    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value.replace("\"", "")));
        }
        catch (NumberFormatException malformed) {
            return Duration.ZERO;
        }
    }
}
