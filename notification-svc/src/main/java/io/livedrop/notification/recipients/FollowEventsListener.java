package io.livedrop.notification.recipients;

import io.livedrop.events.Topics;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.events.inbox.EventInbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener for livedrop.follows (two in one group would split its partitions): keeps the follower
 * projection, announces each follower's change (for their live audiences) and collects new followers for
 * the creator's owner, who is told by {@link FollowerDigest}.
 */
@Component
class FollowEventsListener {

    private final EventInbox inbox;
    private final Followers followers;
    private final NewFollowers newFollowers;
    private final ApplicationEventPublisher changes;

    FollowEventsListener(EventInbox inbox, Followers followers, NewFollowers newFollowers,
            ApplicationEventPublisher changes) {
        this.inbox = inbox;
        this.followers = followers;
        this.newFollowers = newFollowers;
        this.changes = changes;
    }

    @KafkaListener(topics = Topics.FOLLOWS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, event -> {
            switch (event.data()) {
                case FollowAdded added -> {
                    followers.add(added.creatorId(), added.userId());
                    changes.publishEvent(new FollowsChanged(added.userId()));
                    newFollowers.add(added.creatorId(), added.userId(), event.id(), event.time());
                }
                case FollowRemoved removed -> {
                    followers.remove(removed.creatorId(), removed.userId());
                    newFollowers.forget(removed.creatorId(), removed.userId());
                    changes.publishEvent(new FollowsChanged(removed.userId()));
                }
                default -> {
                    // Follower counts are not news to anyone here.
                }
            }
        });
    }
}
