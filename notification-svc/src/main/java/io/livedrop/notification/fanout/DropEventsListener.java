package io.livedrop.notification.fanout;

import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.notification.inbox.Notification;
import io.livedrop.notification.messages.Messages;
import io.livedrop.notification.websocket.FollowerBroadcast;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A drop scheduled or started is news for all of its creator's followers: those online hear it at once by
 * the broadcast, then every follower gets it in the inbox (and by push and email) through the work items.
 */
@Component
class DropEventsListener {

    private final EventInbox inbox;
    private final FanoutPlanner fanout;
    private final FollowerBroadcast broadcast;

    DropEventsListener(EventInbox inbox, FanoutPlanner fanout, FollowerBroadcast broadcast) {
        this.inbox = inbox;
        this.fanout = fanout;
        this.broadcast = broadcast;
    }

    @KafkaListener(topics = Topics.DROPS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case DropStarted started ->
                        toFollowers(started.creatorId(), Messages.dropStarted(event.id(), event.time(), started));
                case DropScheduled scheduled ->
                        toFollowers(scheduled.creatorId(), Messages.dropScheduled(event.id(), event.time(), scheduled));
                default -> {
                    // Updates, ends and cancellations are not sent to followers.
                }
            }
        });
    }

    private void toFollowers(UUID creatorId, Notification notification) {
        broadcast.publish(creatorId, notification);
        fanout.toFollowers(creatorId, notification);
    }
}
