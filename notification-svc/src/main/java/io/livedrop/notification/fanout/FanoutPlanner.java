package io.livedrop.notification.fanout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

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
 *
 * <p>A scheduled drop's start is prepared when drop.scheduled is fanned out: the same pass over the
 * followers keeps its slices, so at the start they are only read back and sent, with the followers who
 * came since added; those who left since are dropped when the slice is delivered.
 */
@Component
class FanoutPlanner {

    private final Followers followers;
    private final PreparedStarts prepared;
    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final int pageSize;
    private final int batchSize;
    private final Duration lateFollowMargin;

    FanoutPlanner(Followers followers, PreparedStarts prepared, KafkaTemplate<String, String> kafka, JsonMapper json,
            NotificationProperties properties) {
        this.followers = followers;
        this.prepared = prepared;
        this.kafka = kafka;
        this.json = json;
        this.pageSize = properties.fanout().pageSize();
        this.batchSize = properties.fanout().batchSize();
        this.lateFollowMargin = properties.fanout().lateFollowMargin();
    }

    /** Tells every follower now, from the projection. */
    private void toFollowers(UUID creatorId, Notification notification) {
        WorkItems items = new WorkItems(creatorId, notification);
        forEachPage(after -> followers.page(creatorId, after, pageSize), page -> items.send(page, null));
    }

    /** Tells every follower that a drop is scheduled, keeping the slices for its start. */
    void toFollowersPreparingStart(UUID dropId, UUID creatorId, Notification scheduled) {
        prepared.begin(dropId, creatorId);
        WorkItems items = new WorkItems(creatorId, scheduled);
        forEachPage(after -> followers.page(creatorId, after, pageSize), page -> {
            int first = items.published;
            List<List<UUID>> slices = items.send(page, null);
            for (int i = 0; i < slices.size(); i++) {
                prepared.addSlice(dropId, first + i, slices.get(i));
            }
        });
    }

    /**
     * Tells every follower that a drop started: from the slices prepared at scheduling when there are
     * some, from the projection otherwise.
     */
    void atStart(UUID dropId, UUID creatorId, Notification started) {
        Optional<Instant> preparedAt = prepared.preparedAt(dropId);
        if (preparedAt.isEmpty()) {
            toFollowers(creatorId, started);
            return;
        }
        WorkItems items = new WorkItems(creatorId, started);
        items.sendSlices(prepared.slices(dropId), preparedAt.get());
        Instant since = preparedAt.get().minus(lateFollowMargin);
        forEachPage(after -> followers.pageFollowedSince(creatorId, since, after, pageSize),
                page -> items.send(page, null));
        prepared.forget(dropId);
    }

    /** A cancelled drop never starts. */
    void forgetStart(UUID dropId) {
        prepared.forget(dropId);
    }

    /** Hands each page of follower ids ({@code page} reads the one after an id) to {@code handle}. */
    private void forEachPage(Function<UUID, List<UUID>> page, Consumer<List<UUID>> handle) {
        UUID after = null;
        List<UUID> ids;
        do {
            ids = page.apply(after);
            handle.accept(ids);
            after = ids.isEmpty() ? null : ids.getLast();
        } while (ids.size() == pageSize);
    }

    /** The work items of one notification, numbered in the order they are sent. */
    private final class WorkItems {

        private final UUID creatorId;
        private final Notification notification;
        private int published;

        WorkItems(UUID creatorId, Notification notification) {
            this.creatorId = creatorId;
            this.notification = notification;
        }

        /** Cuts {@code recipients} into slices and sends one item each, waiting for all; returns the slices. */
        List<List<UUID>> send(List<UUID> recipients, Instant preparedAt) {
            List<List<UUID>> slices = Batches.of(recipients, batchSize);
            sendSlices(slices, preparedAt);
            return slices;
        }

        void sendSlices(List<List<UUID>> slices, Instant preparedAt) {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (List<UUID> slice : slices) {
                UUID id = UUID.nameUUIDFromBytes((notification.sourceEventId() + "/" + published++)
                        .getBytes(StandardCharsets.UTF_8));
                // Keyed by work item, not creator: one big drop's slices spread over all partitions.
                sends.add(kafka.send(Topics.NOTIFICATION_FANOUT, id.toString(),
                        json.writeValueAsString(new WorkItem(id, creatorId, notification, slice, preparedAt))));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        }
    }
}
