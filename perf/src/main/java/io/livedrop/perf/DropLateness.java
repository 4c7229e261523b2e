package io.livedrop.perf;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropStarted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * How late {@code drop.started} reaches Kafka: for each drop of a file of {@code <dropId> <startsAt>}
 * lines, the broker timestamp of its started event minus its scheduled start, as any consumer sees it.
 *
 * <p>Usage: {@code DropLateness <bootstrap> <epoch millis to read from> <file>}
 */
public final class DropLateness {

    private DropLateness() {
    }

    public static void main(String[] args) throws Exception {
        Map<UUID, Instant> scheduled = Files.readAllLines(Path.of(args[2])).stream().filter(line -> !line.isBlank())
                .map(line -> line.split(" "))
                .collect(Collectors.toMap(parts -> UUID.fromString(parts[0]), parts -> Instant.parse(parts[1])));
        long from = Long.parseLong(args[1]);
        EventCodec codec = new EventCodec();
        Map<UUID, Long> lateMillis = new HashMap<>();
        Map<UUID, Integer> startedEvents = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                ConsumerConfig.GROUP_ID_CONFIG, "perf-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DROPS, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(Topics.DROPS, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> from)));
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp offset = start.get(partition);
                if (offset == null) {
                    consumer.seekToEnd(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
            Instant lastStart = scheduled.values().stream().max(Instant::compareTo).orElseThrow();
            Instant deadline = lastStart.plusSeconds(60);
            while (lateMillis.size() < scheduled.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    codec.decode(record.value()).ifPresent(event -> {
                        if (event.data() instanceof DropStarted started && scheduled.containsKey(started.dropId())) {
                            startedEvents.merge(started.dropId(), 1, Integer::sum);
                            lateMillis.putIfAbsent(started.dropId(),
                                    record.timestamp() - scheduled.get(started.dropId()).toEpochMilli());
                        }
                    });
                }
            }
            // A short look for a second started event of any drop, which would break exactly-once.
            long extraUntil = System.currentTimeMillis() + 3000;
            while (System.currentTimeMillis() < extraUntil) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    codec.decode(record.value()).ifPresent(event -> {
                        if (event.data() instanceof DropStarted started && scheduled.containsKey(started.dropId())) {
                            startedEvents.merge(started.dropId(), 1, Integer::sum);
                        }
                    });
                }
            }
        }
        long[] sorted = lateMillis.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long duplicates = startedEvents.values().stream().filter(count -> count > 1).count();
        System.out.printf(Locale.ROOT, "drops scheduled %d, started events seen for %d, drops with more than one: %d%n",
                scheduled.size(), sorted.length, duplicates);
        if (sorted.length > 0) {
            System.out.printf(Locale.ROOT, "lateness of drop.started on Kafka: min %d ms, p50 %d ms, p99 %d ms, max %d ms%n",
                    sorted[0], at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1]);
        }
    }

    private static long at(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }
}
