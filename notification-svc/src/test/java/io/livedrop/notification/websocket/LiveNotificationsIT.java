package io.livedrop.notification.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.notification.NotificationServiceHarness;
import io.livedrop.testinfra.TestTokens;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class LiveNotificationsIT extends NotificationServiceHarness {

    @Test
    void aStartedDropReachesTheSocketsOfFollowersOnly() throws Exception {
        Creator creator = aCreator();
        UUID follower = UuidV7.next();
        UUID stranger = UuidV7.next();
        follow(creator.id(), follower);
        Socket followerSocket = connect(tokenOf(follower));
        Socket strangerSocket = connect(tokenOf(stranger));
        UUID dropId = UuidV7.next();

        send(Topics.DROPS, new DropStarted(dropId, creator.id(), "Neon Hoodie", Instant.now()));

        JsonNode message = followerSocket.next(EVENTUALLY);
        assertThat(message).as("message on the follower's socket").isNotNull();
        assertThat(message.get("type").asString()).isEqualTo("drop.started");
        assertThat(message.get("title").asString()).isEqualTo("Neon Hoodie is live now");
        assertThat(message.get("data").get("dropId").asString()).isEqualTo(dropId.toString());
        assertThat(message.get("id").asString()).isNotBlank();
        assertThat(message.get("readAt").isNull()).isTrue();
        assertThat(strangerSocket.next(Duration.ofSeconds(2))).isNull();
    }

    @Test
    void aHandshakeWithoutAValidTokenIsRefusedWith401() {
        assertThat(handshakeStatus("")).isEqualTo(401);
        assertThat(handshakeStatus("?access_token=" + TestTokens.token().expired().sign())).isEqualTo(401);
        assertThat(handshakeStatus("?access_token=" + TestTokens.token().signedWithForeignKey().sign())).isEqualTo(401);
        assertThat(handshakeStatus("?access_token=" + tokenOf(UuidV7.next()))).isEqualTo(101);
    }
}
