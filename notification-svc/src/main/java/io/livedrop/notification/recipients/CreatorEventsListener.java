package io.livedrop.notification.recipients;

import io.livedrop.events.Topics;
import io.livedrop.events.creator.CreatorCreated;
import io.livedrop.events.creator.CreatorUpdated;
import io.livedrop.events.inbox.EventInbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class CreatorEventsListener {

    private final EventInbox inbox;
    private final CreatorOwners owners;

    CreatorEventsListener(EventInbox inbox, CreatorOwners owners) {
        this.inbox = inbox;
        this.owners = owners;
    }

    @KafkaListener(topics = Topics.CREATORS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            // The envelope's time orders one creator's events; a late older one must not undo a newer owner.
            switch (event.data()) {
                case CreatorCreated created -> owners.record(created.creatorId(), created.userId(), event.time());
                case CreatorUpdated updated -> owners.record(updated.creatorId(), updated.userId(), event.time());
                default -> {
                    // Verification does not change who owns a page.
                }
            }
        });
    }
}
