package io.livedrop.gateway.cache;

/**
 * A cached answer: always a 200 with a JSON body (only such answers are stored), so the body is
 * kept as text.
 */
record CachedResponse(String contentType, String etag, String body) {
}
