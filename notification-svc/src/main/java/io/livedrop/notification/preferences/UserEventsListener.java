package io.livedrop.notification.preferences;

import io.livedrop.events.Topics;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.events.user.UserCreated;
import io.livedrop.events.user.UserUpdated;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps addresses and preferences up to date from livedrop.users, each event applied once. */
@Component
class UserEventsListener {

    private final EventInbox inbox;
    private final PreferencesDirectory directory;
    private final ApplicationEventPublisher changes;

    UserEventsListener(EventInbox inbox, PreferencesDirectory directory, ApplicationEventPublisher changes) {
        this.inbox = inbox;
        this.directory = directory;
        this.changes = changes;
    }

    @KafkaListener(topics = Topics.USERS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case UserCreated created -> directory.created(created.userId(), created.email(), created.displayName());
                case UserUpdated updated -> {
                    directory.updated(updated.userId(), updated.displayName(), updated.preferences());
                    changes.publishEvent(new PreferencesChanged(updated.userId()));
                }
                default -> {
                    // Other user events carry nothing this service keeps.
                }
            }
        });
    }
}
