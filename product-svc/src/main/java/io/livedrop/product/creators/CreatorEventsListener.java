package io.livedrop.product.creators;

import io.livedrop.events.Topics;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the creator directory current from livedrop.creators, each event applied once. */
@Component
class CreatorEventsListener {

    private final EventInbox inbox;
    private final CreatorDirectory directory;

    CreatorEventsListener(EventInbox inbox, CreatorDirectory directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    @KafkaListener(topics = Topics.CREATORS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            // The envelope's time orders the events of one page.
            switch (event.data()) {
                case CreatorCreated created -> directory.record(created.creatorId(), created.userId(), event.time());
                case CreatorUpdated updated -> directory.record(updated.creatorId(), updated.userId(), event.time());
                default -> {
                    // Verification does not change who owns a page.
                }
            }
        });
    }
}
