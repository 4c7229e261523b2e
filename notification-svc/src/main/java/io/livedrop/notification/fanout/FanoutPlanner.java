package io.livedrop.notification.fanout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.livedrop.events.Topics;
import io.livedrop.notification.NotificationProperties;
import io.livedrop.notification.inbox.Notification;
import io.livedrop.notification.recipients.Followers;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Splits "tell every follower of this creator" into work items, so a creator with a million followers
 * becomes a thousand small jobs spread over the topic's partitions and so over every instance. Runs in
 * the drop event's inbox transaction and waits for every send: if one fails, the event is retried and the
 * work is planned again, which is harmless because the inbox skips users already notified.
 */
@Component
class FanoutPlanner {

    private final Followers followers;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final int pageSize;
    private final int batchSize;

    FanoutPlanner(Followers followers, KafkaTemplate<String, String> kafka, JsonMapper json,
            NotificationProperties properties) {
        this.followers = followers;
        this.kafka = kafka;
        this.json = json;
        this.pageSize = properties.fanout().pageSize();
        this.batchSize = properties.fanout().batchSize();
    }

    /** @return how many work items were published */
    int toFollowers(UUID creatorId, Notification notification) {
        int published = 0;
        UUID after = null;
        List<UUID> page;
        do {
            page = followers.page(creatorId, after, pageSize);
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (List<UUID> batch : Batches.of(page, batchSize)) {
                UUID id = UUID.nameUUIDFromBytes((notification.sourceEventId() + "/" + published++)
                        .getBytes(StandardCharsets.UTF_8));
                // Keyed by work item, not creator: one big drop's slices spread over all partitions.
                sends.add(kafka.send(Topics.NOTIFICATION_FANOUT, id.toString(),
                        json.writeValueAsString(new WorkItem(id, creatorId, notification, batch))));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            after = page.isEmpty() ? null : page.getLast();
        } while (page.size() == pageSize);
        return published;
    }
}
