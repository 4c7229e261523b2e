package io.livedrop.events.outbox;

import io.livedrop.events.EventEnvelope;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka in write order and deletes what Kafka acknowledged.
 *
 * <p>Of several instances of a service, only the one holding the schema's advisory lock relays a
 * batch, so events of one aggregate never overtake each other and no instance double-sends in
 * normal operation. A crash between send and delete re-sends: delivery is at least once, and
 * consumers deduplicate by event id. While Kafka is away the relay backs off and keeps the rows.
 */
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                OutboxProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Called after a transaction with events commits, so they leave without waiting for the next poll. */
    void wakeUp() {
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::relayUntilStopped);
    }

    @Override
    public void stop() {
        running = false;
        worker.interrupt();
        try {
            worker.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void relayUntilStopped() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                int sent = relayBatch();
                backoff = Duration.ZERO;
                if (sent < properties.batchSize()) {
                    waitForWork(properties.pollInterval());
                }
            } catch (RuntimeException e) {
                backoff = nextBackoff(backoff);
                log.warn("Outbox relay could not publish, retrying in {} ms: {}", backoff.toMillis(), e.toString());
                waitForWork(backoff);
            }
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration doubled = current.isZero() ? properties.initialBackoff() : current.multipliedBy(2);
        return doubled.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : doubled;
    }

    private void waitForWork(Duration timeout) {
        try {
            if (wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** One batch in one transaction: lock, read in order, send, delete the acknowledged prefix. */
    int relayBatch() {
        BatchOutcome outcome = transactions.execute(status -> {
            Boolean leader = jdbc.queryForObject(
                    "SELECT pg_try_advisory_xact_lock(hashtext('livedrop-outbox:' || current_schema()))", Boolean.class);
            if (!Boolean.TRUE.equals(leader)) {
                return new BatchOutcome(0, null);
            }
            List<PendingEvent> batch = jdbc.query("""
                    SELECT position, topic, message_key, payload, traceparent FROM outbox_event
                    ORDER BY position LIMIT ?""",
                    (row, i) -> new PendingEvent(row.getLong(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5)),
                    properties.batchSize());
            if (batch.isEmpty()) {
                return new BatchOutcome(0, null);
            }
            BatchOutcome sent = send(batch);
            if (sent.acknowledged() > 0) {
                Long[] positions = batch.subList(0, sent.acknowledged()).stream()
                        .map(PendingEvent::position).toArray(Long[]::new);
                jdbc.update(con -> {
                    var statement = con.prepareStatement("DELETE FROM outbox_event WHERE position = ANY (?)");
                    statement.setArray(1, con.createArrayOf("bigint", positions));
                    return statement;
                });
            }
            return sent;
        });
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.acknowledged();
    }

    private BatchOutcome send(List<PendingEvent> batch) {
        List<CompletableFuture<SendResult<String, String>>> results = new ArrayList<>(batch.size());
        try {
            for (PendingEvent event : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
                record.headers().add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                try (Scope ignored = TraceContext.resume(event.traceparent())) {
                    results.add(kafka.send(record));
                }
            }
        } catch (RuntimeException e) {
            // Records handed over before the failure may still be acknowledged below.
            return acknowledgedPrefix(results, e);
        }
        return acknowledgedPrefix(results, null);
    }

    private BatchOutcome acknowledgedPrefix(List<CompletableFuture<SendResult<String, String>>> results,
                                            RuntimeException sendFailure) {
        int acknowledged = 0;
        for (CompletableFuture<SendResult<String, String>> result : results) {
            try {
                result.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new BatchOutcome(acknowledged, new IllegalStateException("interrupted while sending", e));
            } catch (Exception e) {
                return new BatchOutcome(acknowledged, new IllegalStateException("Kafka did not acknowledge an event", e));
            }
        }
        return new BatchOutcome(acknowledged, sendFailure);
    }

    private record PendingEvent(long position, String topic, String key, String payload, String traceparent) {
    }

    private record BatchOutcome(int acknowledged, RuntimeException failure) {
    }
}
