package io.livedrop.notification.fanout;

import io.livedrop.events.Topics;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.notification.messages.Messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A drop scheduled or started is news for all of its creator's followers. */
@Component
class DropEventsListener {

    private final EventInbox inbox;
    private final FanoutPlanner fanout;

    DropEventsListener(EventInbox inbox, FanoutPlanner fanout) {
        this.inbox = inbox;
        this.fanout = fanout;
    }

    @KafkaListener(topics = Topics.DROPS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case DropStarted started ->
                        fanout.toFollowers(started.creatorId(), Messages.dropStarted(event.id(), event.time(), started));
                case DropScheduled scheduled -> fanout.toFollowers(scheduled.creatorId(),
                        Messages.dropScheduled(event.id(), event.time(), scheduled));
                default -> {
                    // Updates, ends and cancellations are not sent to followers.
                }
            }
        });
    }
}
