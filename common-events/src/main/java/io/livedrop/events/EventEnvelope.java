package io.livedrop.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the attributes every LiveDrop event carries
 * and its payload. {@code traceparent} is the CloudEvents distributed-tracing extension, so a
 * trace continues from the request that caused the event to every consumer.
 */
public record EventEnvelope<T extends EventPayload>(
        String specversion,
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String traceparent,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** The Kafka content-type header value of a structured-mode CloudEvent. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static <T extends EventPayload> EventEnvelope<T> of(String source, T data, String traceparent) {
        return new EventEnvelope<>(SPEC_VERSION, UUID.randomUUID(), source, EventCatalog.typeOf(data),
                Instant.now(), data.aggregateId(), JSON, traceparent, data);
    }
}
