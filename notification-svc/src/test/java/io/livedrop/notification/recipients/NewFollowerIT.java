package io.livedrop.notification.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.livedrop.notification.NotificationServiceHarness;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class NewFollowerIT extends NotificationServiceHarness {

    @Test
    void theCreatorsOwnerIsToldAboutANewFollowerByName() {
        Creator creator = aCreator();
        UUID fan = aUserWithEmail("fan-" + UUID.randomUUID() + "@example.org");

        follow(creator.id(), fan);

        JsonNode items = get("/api/v1/notifications", tokenOf(creator.ownerId())).json().get("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("type").asString()).isEqualTo("follow.added");
        assertThat(items.get(0).get("body").asString()).isEqualTo("Fan " + fan.toString().substring(30) + " now follows you.");
        assertThat(get("/api/v1/notifications", tokenOf(fan)).json().get("items").size()).isZero();
    }
}
