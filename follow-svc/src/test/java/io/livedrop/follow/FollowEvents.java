package io.livedrop.follow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.livedrop.events.EventCodec;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.testinfra.Servers;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads livedrop.follows from the moment it is opened, outside any consumer group. */
public final class FollowEvents implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final EventCodec codec = new EventCodec();
    private final List<EventPayload> seen = new ArrayList<>();

    private FollowEvents() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Servers.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "follow-events-probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.FOLLOWS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(Topics.FOLLOWS, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    public static FollowEvents open() {
        return new FollowEvents();
    }

    /** Polls until an event matches, or fails after {@code timeout}; returns it. */
    public <T extends EventPayload> T await(Class<T> type, Predicate<T> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (EventPayload event : seen) {
                if (type.isInstance(event) && match.test(type.cast(event))) {
                    return type.cast(event);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching " + type.getSimpleName() + " within " + timeout + "; saw " + seen);
            }
            poll();
        }
    }

    /** Every event of this type about this creator received so far. */
    public <T extends EventPayload> List<T> about(UUID creatorId, Class<T> type) {
        poll();
        return seen.stream()
                .filter(event -> type.isInstance(event) && event.aggregateId().equals(creatorId.toString()))
                .map(type::cast)
                .toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200))
                .forEach(record -> codec.decode(record.value()).ifPresent(event -> seen.add(event.data())));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
