package io.livedrop.notification.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropCancelled;
import io.livedrop.events.drop.DropScheduled;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.notification.NotificationServiceHarness;

import org.junit.jupiter.api.Test;

/** A scheduled drop's start is cut into work items at scheduling; the start only sends them. */
class PreparedStartIT extends NotificationServiceHarness {

    private static final Instant STARTS_AT = Instant.parse("2030-04-01T18:00:00Z");

    @Test
    void theStartReachesTheFollowersOfThatMomentFromSlicesCutAtScheduling() {
        Creator creator = aCreator();
        // In id order (Postgres orders UUIDs as their hex text), so with batch size 2 the slices are
        // {first, leaver} and {third}.
        List<UUID> fans = Stream.generate(UuidV7::next).limit(3).sorted(Comparator.comparing(UUID::toString)).toList();
        UUID first = fans.get(0);
        UUID leaver = fans.get(1);
        UUID third = fans.get(2);
        follow(creator.id(), first, leaver, third);
        UUID drop = UuidV7.next();
        EventEnvelope<EventPayload> scheduled = send(Topics.DROPS, scheduledDrop(drop, creator));
        await().atMost(EVENTUALLY).until(() -> inboxRows(scheduled.id()) == 3);
        assertThat(preparedSlices(drop)).containsExactly(List.of(first, leaver), List.of(third));

        UUID newcomer = UuidV7.next();
        follow(creator.id(), newcomer);
        awaitConsumed(send(Topics.FOLLOWS, new FollowRemoved(creator.id(), leaver, Instant.now())).id());
        EventEnvelope<EventPayload> started = send(Topics.DROPS, new DropStarted(drop, creator.id(), "Capsule",
                STARTS_AT));

        await().atMost(EVENTUALLY).until(() -> told(started.id()).containsAll(List.of(first, third, newcomer)));
        // The leaver's slice was delivered (the first follower has it), without the leaver.
        assertThat(told(started.id())).containsExactlyInAnyOrder(first, third, newcomer);
        assertThat(preparedSlices(drop)).isEmpty();
    }

    @Test
    void aCancelledDropsPreparedStartIsDropped() {
        Creator creator = aCreator();
        UUID fan = UuidV7.next();
        follow(creator.id(), fan);
        UUID drop = UuidV7.next();
        EventEnvelope<EventPayload> scheduled = send(Topics.DROPS, scheduledDrop(drop, creator));
        await().atMost(EVENTUALLY).until(() -> inboxRows(scheduled.id()) == 1);
        assertThat(preparedSlices(drop)).containsExactly(List.of(fan));

        awaitConsumed(send(Topics.DROPS, new DropCancelled(drop, creator.id(), "Supplier delay", Instant.now())).id());

        assertThat(preparedSlices(drop)).isEmpty();
    }

    @Test
    void aStartThatWasNeverPreparedReachesEveryFollowerFromTheProjection() {
        Creator creator = aCreator();
        UUID one = UuidV7.next();
        UUID two = UuidV7.next();
        UUID three = UuidV7.next();
        follow(creator.id(), one, two, three);

        EventEnvelope<EventPayload> started = send(Topics.DROPS, new DropStarted(UuidV7.next(), creator.id(), "Capsule",
                STARTS_AT));

        await().atMost(EVENTUALLY).until(() -> told(started.id()).size() == 3);
        assertThat(told(started.id())).containsExactlyInAnyOrder(one, two, three);
    }

    private static DropScheduled scheduledDrop(UUID drop, Creator creator) {
        return new DropScheduled(drop, creator.id(), "Capsule", STARTS_AT, STARTS_AT.plusSeconds(3600), 2, List.of());
    }

    private List<UUID> told(UUID sourceEventId) {
        return jdbc.sql("SELECT user_id FROM notification WHERE source_event_id = ?").param(sourceEventId)
                .query(UUID.class).list();
    }

    private List<List<UUID>> preparedSlices(UUID drop) {
        return jdbc.sql("SELECT recipients FROM prepared_slice WHERE drop_id = ? ORDER BY slice").param(drop)
                .query((row, i) -> PackedIds.unpack(row.getBytes("recipients"))).list();
    }
}
