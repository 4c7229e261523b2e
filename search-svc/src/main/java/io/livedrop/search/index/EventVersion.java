package io.livedrop.search.index;

import java.time.Instant;

/**
 * The Elasticsearch external version of a document written for an event: the event's time in epoch
 * microseconds. A document only moves forward in time, so a redelivered or late event is a no-op.
 */
public final class EventVersion {

    private EventVersion() {
    }

    public static long of(Instant eventTime) {
        return Math.addExact(Math.multiplyExact(eventTime.getEpochSecond(), 1_000_000L), eventTime.getNano() / 1_000L);
    }
}
