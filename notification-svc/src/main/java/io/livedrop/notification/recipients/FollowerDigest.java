package io.livedrop.notification.recipients;

import java.util.List;
import java.util.UUID;

import io.livedrop.notification.NotificationProperties;
import io.livedrop.notification.delivery.NotificationWriter;
import io.livedrop.notification.inbox.Notification;
import io.livedrop.notification.messages.Messages;
import io.livedrop.notification.preferences.PreferencesDirectory;
import io.livedrop.notification.recipients.NewFollowers.NewFollower;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells creators' owners about their new followers: once a follow has waited {@code window}, all of that
 * creator's follows collected by then go out as one notification (one follower by name, many as a digest).
 * Each creator is told in a transaction of its own, so taking the follows and writing the notification
 * happen together or not at all, and instances polling at once never tell a follow twice.
 */
@Component
class FollowerDigest {

    private static final Logger log = LoggerFactory.getLogger(FollowerDigest.class);
    // Creators told per poll; more wait for the next one.
    private static final int CREATORS_PER_POLL = 100;
    // Names looked up for a digest's text.
    private static final int NAMED = 2;

    private final NewFollowers newFollowers;
    private final CreatorOwners owners;
    private final PreferencesDirectory users;
    private final NotificationWriter writer;
    private final TransactionTemplate transaction;
    private final TaskScheduler scheduler;
    private final NotificationProperties.FollowerDigest settings;

    FollowerDigest(NewFollowers newFollowers, CreatorOwners owners, PreferencesDirectory users, NotificationWriter writer,
            TransactionTemplate transaction, TaskScheduler scheduler, NotificationProperties properties) {
        this.newFollowers = newFollowers;
        this.owners = owners;
        this.users = users;
        this.writer = writer;
        this.transaction = transaction;
        this.scheduler = scheduler;
        this.settings = properties.followerDigest();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.scheduleWithFixedDelay(this::poll, settings.pollInterval());
    }

    void poll() {
        try {
            newFollowers.due(settings.window(), CREATORS_PER_POLL).forEach(creatorId -> transaction.executeWithoutResult(
                    status -> tell(creatorId)));
        }
        catch (RuntimeException ex) {
            log.warn("Telling creators about new followers failed, tried again at the next poll: {}", ex.toString());
        }
    }

    private void tell(UUID creatorId) {
        NewFollowers.Taken taken = newFollowers.take(creatorId, NAMED);
        if (taken.count() == 0) {
            return;
        }
        owners.ownerOf(creatorId).ifPresent(owner -> writer.write(notification(creatorId, taken), List.of(owner)));
    }

    private Notification notification(UUID creatorId, NewFollowers.Taken taken) {
        NewFollower first = taken.first();
        if (taken.count() == 1) {
            return Messages.followAdded(first.eventId(), first.eventTime(), creatorId, first.userId(),
                    users.displayName(first.userId()));
        }
        // The first follow's event stands for the digest: each follow is in one digest only, so no two share it.
        List<String> names = taken.newest().stream().map(follower -> users.displayName(follower.userId())).toList();
        return Messages.followersDigest(first.eventId(), first.eventTime(), creatorId, taken.count(), names);
    }
}
