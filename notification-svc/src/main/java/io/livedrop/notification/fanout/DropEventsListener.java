package io.livedrop.notification.fanout;

import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropCancelled;
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
 * Scheduling also prepares the start's work items; a cancellation drops them.
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
                case DropStarted started -> {
                    Notification notification = Messages.dropStarted(event.id(), event.time(), started);
                    broadcast.publish(started.creatorId(), notification);
                    fanout.atStart(started.dropId(), started.creatorId(), notification);
                }
                case DropScheduled scheduled -> {
                    Notification notification = Messages.dropScheduled(event.id(), event.time(), scheduled);
                    broadcast.publish(scheduled.creatorId(), notification);
                    fanout.toFollowersPreparingStart(scheduled.dropId(), scheduled.creatorId(), notification);
                }
                case DropCancelled cancelled -> fanout.forgetStart(cancelled.dropId());
                default -> {
                    // Updates and ends are not sent to followers.
                }
            }
        });
    }
}
