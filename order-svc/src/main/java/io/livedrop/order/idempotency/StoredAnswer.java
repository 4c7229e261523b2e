package io.livedrop.order.idempotency;

/** A finished answer kept for replay: status, body (JSON), content type and Location (or null). */
public record StoredAnswer(int status, String contentType, String location, String body) {
}
