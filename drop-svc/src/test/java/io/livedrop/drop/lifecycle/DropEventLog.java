package io.livedrop.drop.lifecycle;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventEnvelope;
import io.livedrop.events.Topics;
import io.livedrop.testinfra.Servers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Every record on {@code livedrop.drops} from the moment it is opened, kept with its type, so a
 * test can count them: exactly once means a second record would be seen too.
 */
final class DropEventLog implements AutoCloseable {

    /** One record: the event's type and the time Kafka stamped it with when the relay sent it. */
    record Entry(String dropId, String type, long sentAtMillis, long offset) {
    }

    private final EventCodec codec = new EventCodec();
    private final KafkaConsumer<String, String> consumer;
    private final List<Entry> entries = new ArrayList<>();

    private DropEventLog() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Servers.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "drop-event-log-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.DROPS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(Topics.DROPS, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    static DropEventLog open() {
        return new DropEventLog();
    }

    /** Reads until {@code done} holds, or fails after {@code timeout}. */
    void readUntil(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not done within " + timeout + "; read " + entries);
            }
            poll(Duration.ofMillis(100));
        }
    }

    /** Reads whatever arrives for this long. */
    void readFor(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            poll(Duration.ofMillis(100));
        }
    }

    List<Entry> of(UUID dropId, String type) {
        return entries.stream().filter(entry -> entry.dropId().equals(dropId.toString()) && entry.type().equals(type))
                .toList();
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            String type = codec.decode(record.value()).map(EventEnvelope::type).orElse("unknown");
            entries.add(new Entry(record.key(), type, record.timestamp(), record.offset()));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
