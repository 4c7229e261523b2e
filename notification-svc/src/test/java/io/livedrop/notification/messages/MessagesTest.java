package io.livedrop.notification.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.order.CancelReason;
import io.livedrop.events.order.OrderCancelled;
import io.livedrop.notification.inbox.Notification;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final UUID EVENT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2030-03-01T17:00:00Z");

    @Test
    void aStartedDropSaysItIsLiveNow() {
        UUID dropId = UUID.randomUUID();
        Notification started = Messages.dropStarted(EVENT, AT, new DropStarted(dropId, UUID.randomUUID(), "Neon Hoodie",
                Instant.now()));

        assertThat(started.title()).isEqualTo("Neon Hoodie is live now");
        assertThat(started.type()).isEqualTo("drop.started");
        assertThat(started.data()).containsEntry("dropId", dropId.toString());
        assertThat(started.sourceEventId()).isEqualTo(EVENT);
        assertThat(started.eventTime()).isEqualTo(AT);
    }

    @Test
    void aScheduledDropSaysWhenItComesInUtc() {
        Notification scheduled = Messages.dropScheduled(EVENT, AT, new DropScheduled(UUID.randomUUID(), UUID.randomUUID(),
                "Capsule", Instant.parse("2030-03-01T18:05:00Z"), null, 1, List.of()));

        assertThat(scheduled.body()).isEqualTo("Capsule is coming at 2030-03-01 18:05 UTC.");
        assertThat(scheduled.data()).containsEntry("startsAt", "2030-03-01T18:05:00Z");
    }

    @Test
    void onlyAnExpiredOrderIsNewsToTheBuyer() {
        assertThat(Messages.orderCancelled(EVENT, AT, cancelled(CancelReason.EXPIRED)))
                .hasValueSatisfying(n -> assertThat(n.title()).isEqualTo("Your reservation expired"));
        assertThat(Messages.orderCancelled(EVENT, AT, cancelled(CancelReason.CANCELLED))).isEmpty();
    }

    @Test
    void aNewFollowerIsNamedWhenKnown() {
        UUID creator = UUID.randomUUID();
        UUID follower = UUID.randomUUID();

        assertThat(Messages.followAdded(EVENT, AT, creator, follower, "Ada").body()).isEqualTo("Ada now follows you.");
        assertThat(Messages.followAdded(EVENT, AT, creator, follower, null).body())
                .isEqualTo("Someone new now follows you.");
    }

    @Test
    void aDigestNamesTheNewestKnownFollowersAndCountsTheRest() {
        UUID creator = UUID.randomUUID();

        Notification digest = Messages.followersDigest(EVENT, AT, creator, 1_234, List.of("Ada", "Grace", "Linus"));

        assertThat(digest.type()).isEqualTo("follow.added");
        assertThat(digest.title()).isEqualTo("You have 1,234 new followers");
        assertThat(digest.body()).isEqualTo("Ada, Grace and 1,232 others now follow you.");
        assertThat(digest.data()).containsEntry("creatorId", creator.toString()).containsEntry("followerCount", 1_234);
    }

    @Test
    void aDigestOfFewFollowersReadsNaturally() {
        UUID creator = UUID.randomUUID();

        assertThat(Messages.followersDigest(EVENT, AT, creator, 2, List.of("Ada", "Grace")).body())
                .isEqualTo("Ada and Grace now follow you.");
        assertThat(Messages.followersDigest(EVENT, AT, creator, 3, List.of("Ada", "Grace")).body())
                .isEqualTo("Ada, Grace and 1 other now follow you.");
        assertThat(Messages.followersDigest(EVENT, AT, creator, 3, Arrays.asList(null, "Grace")).body())
                .isEqualTo("Grace and 2 others now follow you.");
        assertThat(Messages.followersDigest(EVENT, AT, creator, 2, Arrays.asList(null, null)).body())
                .isEqualTo("2 people now follow you.");
    }

    private static OrderCancelled cancelled(CancelReason reason) {
        return new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), reason, Instant.now());
    }
}
