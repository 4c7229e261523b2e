package io.livedrop.events.outbox;

import io.livedrop.events.EventCatalog;
import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records an event in the same database transaction as the state change it describes; the
 * {@link OutboxRelay} publishes it to Kafka once that transaction commits. A rolled-back change
 * therefore publishes nothing, and a committed one is never lost when Kafka is away.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final String source;
    private final Runnable onCommit;

    Outbox(JdbcTemplate jdbc, EventCodec codec, String source, Runnable onCommit) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.onCommit = onCommit;
    }

    /** Writes the event; must be called inside the transaction of the change. Returns its id. */
    public UUID publish(EventPayload payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the transaction of the state change");
        }
        EventEnvelope<EventPayload> event = EventEnvelope.of(source, payload, TraceContext.currentTraceparent());
        jdbc.update("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, traceparent)
                VALUES (?, ?, ?, ?, ?, ?)""",
                event.id(), EventCatalog.topicOf(payload), payload.aggregateId(), event.type(),
                codec.encode(event), event.traceparent());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                onCommit.run();
            }
        });
        return event.id();
    }
}
