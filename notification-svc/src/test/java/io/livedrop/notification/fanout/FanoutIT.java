package io.livedrop.notification.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.notification.NotificationServiceHarness;
import io.livedrop.testinfra.TopicProbe;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class FanoutIT extends NotificationServiceHarness {

    @Test
    void aScheduledDropIsSplitIntoWorkItemsAndEveryFollowerIsToldOnceEvenWhenAnItemIsRedelivered() {
        Creator creator = aCreator();
        List<UUID> fans = IntStream.range(0, 5).mapToObj(i -> UuidV7.next()).toList();
        follow(creator.id(), fans.toArray(UUID[]::new));

        try (TopicProbe workItems = TopicProbe.from(Topics.NOTIFICATION_FANOUT)) {
            EventEnvelope<EventPayload> scheduled = send(Topics.DROPS, new DropScheduled(UuidV7.next(), creator.id(),
                    "Spring Capsule", Instant.parse("2030-03-01T18:00:00Z"), Instant.parse("2030-03-01T20:00:00Z"), 2,
                    List.of()));

            await().atMost(EVENTUALLY).until(() -> inboxRows(scheduled.id()) == 5);
            // Batch size 2 in tests: five followers make three work items.
            String creatorId = creator.id().toString();
            ConsumerRecord<String, String> item = workItems.await(r -> r.value().contains(creatorId), EVENTUALLY);
            workItems.await(r -> r.value().contains(creatorId) && !r.key().equals(item.key()), EVENTUALLY);
            long planned = deliveries(scheduled.id());

            kafka.send(Topics.NOTIFICATION_FANOUT, item.key(), item.value());
            // A marker item with the same key follows it on the same partition: once the marker is in, so is the copy.
            UUID marker = UuidV7.next();
            kafka.send(Topics.NOTIFICATION_FANOUT, item.key(), markerItem(marker));
            await().atMost(EVENTUALLY).until(() -> inboxRows(marker) == 1);

            assertThat(inboxRows(scheduled.id())).isEqualTo(5);
            assertThat(deliveries(scheduled.id())).isEqualTo(planned);
        }
        assertThat(get("/api/v1/notifications", tokenOf(fans.getFirst())).json().get("items").get(0).get("body")
                .asString()).isEqualTo("Spring Capsule is coming at 2030-03-01 18:00 UTC.");
    }

    private static String markerItem(UUID sourceEventId) {
        return """
                {"id":"%s","creatorId":"%s","notification":{"sourceEventId":"%s","type":"test.marker","title":"Marker",
                "body":"Marker","data":{}},"recipients":["%s"]}""".formatted(UuidV7.next(), UuidV7.next(), sourceEventId,
                UuidV7.next());
    }

    private long deliveries(UUID sourceEventId) {
        return jdbc.sql("""
                SELECT count(*) FROM channel_delivery d JOIN notification n ON n.id = d.notification_id
                WHERE n.source_event_id = ?""").param(sourceEventId).query(Long.class).single();
    }
}
