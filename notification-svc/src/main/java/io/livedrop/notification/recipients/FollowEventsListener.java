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
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener for livedrop.follows (two in one group would split its partitions): keeps the follower
 * projection and tells a creator's owner about a new follower.
 */
@Component
class FollowEventsListener {

    private final EventInbox inbox;
    private final Followers followers;
    private final CreatorOwners owners;
    private final PreferencesDirectory users;
    private final NotificationWriter writer;

    FollowEventsListener(EventInbox inbox, Followers followers, CreatorOwners owners, PreferencesDirectory users,
            NotificationWriter writer) {
        this.inbox = inbox;
        this.followers = followers;
        this.owners = owners;
        this.users = users;
        this.writer = writer;
    }

    @KafkaListener(topics = Topics.FOLLOWS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case FollowAdded added -> {
                    followers.add(added.creatorId(), added.userId());
                    owners.ownerOf(added.creatorId()).ifPresent(owner -> writer.write(Messages.followAdded(event.id(),
                            event.time(), added, users.displayName(added.userId())), List.of(owner)));
                }
                case FollowRemoved removed -> followers.remove(removed.creatorId(), removed.userId());
                default -> {
                    // Follower counts are not news to anyone here.
                }
            }
        });
    }
}
