package io.livedrop.notification.recipients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.follow.FollowAdded;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.notification.NotificationServiceHarness;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class NewFollowerIT extends NotificationServiceHarness {

    @Test
    void theCreatorsOwnerIsToldAboutANewFollowerByName() {
        Creator creator = aCreator();
        UUID fan = aUserWithEmail("fan-" + UUID.randomUUID() + "@example.org");

        follow(creator.id(), fan);

        JsonNode told = onlyNotificationOf(creator.ownerId());
        assertThat(told.get("type").asString()).isEqualTo("follow.added");
        assertThat(told.get("title").asString()).isEqualTo("You have a new follower");
        assertThat(told.get("body").asString()).isEqualTo(nameOf(fan) + " now follows you.");
        assertThat(get("/api/v1/notifications", tokenOf(fan)).json().get("items").size()).isZero();
    }

    @Test
    void followsArrivingTogetherReachTheOwnerAsOneDigest() {
        Creator creator = aCreator();
        List<UUID> fans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fans.add(aUserWithEmail("crowd-" + UUID.randomUUID() + "@example.org"));
        }

        followAtOnce(creator.id(), fans);

        JsonNode told = onlyNotificationOf(creator.ownerId());
        assertThat(told.get("type").asString()).isEqualTo("follow.added");
        assertThat(told.get("title").asString()).isEqualTo("You have 5 new followers");
        assertThat(told.get("body").asString()).endsWith(" and 3 others now follow you.").startsWith("Fan ");
        assertThat(told.get("data").get("followerCount").asInt()).isEqualTo(5);
    }

    @Test
    void aFanWhoUnfollowsBeforeTheOwnerIsToldIsNotAnnounced() {
        Creator creator = aCreator();
        UUID stays = aUserWithEmail("stays-" + UUID.randomUUID() + "@example.org");
        UUID leaves = aUserWithEmail("leaves-" + UUID.randomUUID() + "@example.org");

        followAtOnce(creator.id(), List.of(stays, leaves));
        awaitConsumed(send(Topics.FOLLOWS, new FollowRemoved(creator.id(), leaves, Instant.now())).id());

        JsonNode told = onlyNotificationOf(creator.ownerId());
        assertThat(told.get("body").asString()).isEqualTo(nameOf(stays) + " now follows you.");
    }

    /** Sends every follow before waiting for any, so that all arrive within one digest window. */
    private void followAtOnce(UUID creatorId, List<UUID> fans) {
        fans.stream().map(fan -> send(Topics.FOLLOWS, new FollowAdded(creatorId, fan, Instant.now())).id()).toList()
                .forEach(this::awaitConsumed);
    }

    /** Waits for the owner's first notification, then for the window after it to show that no second follows. */
    private JsonNode onlyNotificationOf(UUID ownerId) {
        await().atMost(EVENTUALLY).until(() -> get("/api/v1/notifications", tokenOf(ownerId)).json().get("items").size() > 0);
        assertThat(jdbc.sql("SELECT count(*) FROM new_follower WHERE creator_id IN "
                + "(SELECT creator_id FROM creator_owner WHERE user_id = ?)").param(ownerId).query(Integer.class).single())
                .as("follows still waiting to be told").isZero();
        JsonNode items = get("/api/v1/notifications", tokenOf(ownerId)).json().get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }

    private static String nameOf(UUID fan) {
        return "Fan " + fan.toString().substring(30);
    }
}
