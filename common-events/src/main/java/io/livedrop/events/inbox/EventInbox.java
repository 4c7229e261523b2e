package io.livedrop.events.inbox;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.MalformedEventException;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event at most once per consumer: the handler's writes and the record of the
 * event id commit in one transaction, so a redelivered event changes nothing. A handler that
 * throws rolls both back; the listener's error handler retries and then parks the record on
 * {@code <topic>.dlt}.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventCodec codec;
    private final String consumer;

    EventInbox(JdbcTemplate jdbc, TransactionTemplate transactions, EventCodec codec, String consumer) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.codec = codec;
        this.consumer = consumer;
    }

    /** Reads the record and hands a new event to the handler; returns whether it was applied. */
    public boolean process(ConsumerRecord<String, String> record, Consumer<EventEnvelope<EventPayload>> handler) {
        if (record.value() == null) {
            throw new MalformedEventException("record without a value at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset());
        }
        Optional<EventEnvelope<EventPayload>> decoded = codec.decode(record.value());
        if (decoded.isEmpty()) {
            log.debug("Skipping an event type this build does not know at {}-{}@{}",
                    record.topic(), record.partition(), record.offset());
            return false;
        }
        EventEnvelope<EventPayload> event = decoded.get();
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int claimed = jdbc.update(
                    "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    consumer, event.id());
            if (claimed == 0) {
                return false;
            }
            handler.accept(event);
            return true;
        }));
    }
}
