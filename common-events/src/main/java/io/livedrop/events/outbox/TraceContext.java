package io.livedrop.events.outbox;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries the W3C trace context of the request that wrote an event over to the relay thread
 * that sends it, so the Kafka spans join the request's trace. Without the OpenTelemetry agent
 * the API is a no-op and nothing is carried.
 */
final class TraceContext {

    private static final String TRACEPARENT = "traceparent";

    private static final TextMapSetter<Map<String, String>> SETTER = Map::put;

    private static final TextMapGetter<String> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return java.util.List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private TraceContext() {
    }

    static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        GlobalOpenTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, SETTER);
        return carrier.get(TRACEPARENT);
    }

    static Scope resume(String traceparent) {
        if (traceparent == null) {
            return Scope.noop();
        }
        return GlobalOpenTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), traceparent, GETTER)
                .makeCurrent();
    }
}
