package io.livedrop.creator.followers;

import io.livedrop.events.EventCodec;
import io.livedrop.events.Topics;
import io.livedrop.events.follow.FollowerCountUpdated;
import io.livedrop.events.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps {@link FollowerCounts} current from follow-svc's events, each applied once. */
@Component
class FollowerCountListener {

    private final EventInbox inbox;
    private final EventCodec codec;
    private final FollowerCounts counts;

    FollowerCountListener(EventInbox inbox, EventCodec codec, FollowerCounts counts) {
        this.inbox = inbox;
        this.codec = codec;
        this.counts = counts;
    }

    @KafkaListener(topics = Topics.FOLLOWS)
    void on(ConsumerRecord<String, String> record) {
        // Most of the topic is single follows and unfollows, which this service does not use:
        // skip them before the inbox, which would otherwise record each one as processed.
        if (!isFollowerCount(record)) {
            return;
        }
        inbox.process(record, event -> {
            if (event.data() instanceof FollowerCountUpdated update) {
                counts.apply(update);
            }
        });
    }

    /** A record without a value goes on to the inbox, which parks it on the dead-letter topic. */
    private boolean isFollowerCount(ConsumerRecord<String, String> record) {
        return record.value() == null
                || codec.decode(record.value()).map(event -> event.data() instanceof FollowerCountUpdated).orElse(false);
    }
}
