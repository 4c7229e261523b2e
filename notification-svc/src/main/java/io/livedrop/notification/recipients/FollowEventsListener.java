package io.livedrop.notification.recipients;

import java.util.List;

import io.livedrop.events.Topics;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.events.inbox.EventInbox;
import io.livedrop.notification.delivery.NotificationWriter;
import io.livedrop.notification.messages.Messages;
import io.livedrop.notification.preferences.PreferencesDirectory;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener for livedrop.follows (two in one group would split its partitions): keeps the follower
 * projection, announces each follower's change (for their live audiences) and tells a creator's owner about
 * a new follower.
 */
@Component
class FollowEventsListener {

    private final EventInbox inbox;
    private final Followers followers;
    private final CreatorOwners owners;
    private final PreferencesDirectory users;
    private final NotificationWriter writer;
    private final ApplicationEventPublisher changes;

    FollowEventsListener(EventInbox inbox, Followers followers, CreatorOwners owners, PreferencesDirectory users,
            NotificationWriter writer, ApplicationEventPublisher changes) {
        this.inbox = inbox;
        this.followers = followers;
        this.owners = owners;
        this.users = users;
        this.writer = writer;
        this.changes = changes;
    }

    @KafkaListener(topics = Topics.FOLLOWS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case FollowAdded added -> {
                    followers.add(added.creatorId(), added.userId());
                    changes.publishEvent(new FollowsChanged(added.userId()));
                    owners.ownerOf(added.creatorId()).ifPresent(owner -> writer.write(Messages.followAdded(event.id(),
                            event.time(), added, users.displayName(added.userId())), List.of(owner)));
                }
                case FollowRemoved removed -> {
                    followers.remove(removed.creatorId(), removed.userId());
                    changes.publishEvent(new FollowsChanged(removed.userId()));
                }
                default -> {
                    // Follower counts are not news to anyone here.
                }
            }
        });
    }
}
