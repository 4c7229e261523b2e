package io.livedrop.notification.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.livedrop.events.EventEnvelope;
import io.livedrop.events.EventPayload;
import io.livedrop.events.Topics;
import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropStarted;
import io.livedrop.events.follow.FollowRemoved;
import io.livedrop.events.user.NotificationPreferences;
import io.livedrop.events.user.UserUpdated;
import io.livedrop.notification.NotificationServiceHarness;
import io.livedrop.notification.inbox.Notification;
import io.livedrop.testinfra.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

class LiveNotificationsIT extends NotificationServiceHarness {

    @Autowired
    private FollowerBroadcast broadcast;

    @Autowired
    private Audiences audiences;

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
        assertThat(message.get("readAt").isNull()).isTrue();
        assertThat(strangerSocket.next(Duration.ofSeconds(2))).isNull();
        // Told first by the broadcast, then written to the inbox under the id the socket was given, and not sent again.
        await().atMost(EVENTUALLY).until(() -> unread(follower) == 1);
        assertThat(newestInboxId(follower)).isEqualTo(message.get("id").asString());
        assertThat(followerSocket.next(Duration.ofSeconds(2))).as("a second message on the socket").isNull();
    }

    @Test
    void aNotificationLongerThanASocketsFrameBufferArrivesWhole() throws Exception {
        OnlineFollower fan = anOnlineFollower();
        // Two-byte characters, so the encoding too is cut across buffers.
        String title = "Édition limitée ".repeat(SocketBuffers.FRAME_BUFFER_BYTES / 8);

        send(Topics.DROPS, new DropStarted(UuidV7.next(), fan.creator().id(), title, Instant.now()));

        JsonNode message = fan.socket().next(EVENTUALLY);
        assertThat(message).as("message on the follower's socket").isNotNull();
        assertThat(message.get("title").asString()).isEqualTo(title + " is live now");
    }

    @Test
    void aDropStartedDeliveredTwiceReachesEachFollowersSocketOnce() throws Exception {
        OnlineFollower fan = anOnlineFollower();
        EventEnvelope<EventPayload> started = send(Topics.DROPS,
                new DropStarted(UuidV7.next(), fan.creator().id(), "Twice Tee", Instant.now()));

        send(Topics.DROPS, started);

        assertThat(fan.socket().next(EVENTUALLY)).isNotNull();
        awaitConsumed(started.id());
        assertThat(fan.socket().next(Duration.ofSeconds(2))).as("a second message on the socket").isNull();
        assertThat(inboxRows(started.id())).isEqualTo(1);
    }

    @Test
    void aBroadcastRetriedForTheSameEventReachesTheSocketOnce() throws Exception {
        OnlineFollower fan = anOnlineFollower();
        Notification news = new Notification(UuidV7.next(), Instant.now(), "drop.started", "Retry Tee is live now",
                "Go", Map.of("dropId", UuidV7.next().toString()));

        // As when a drop event's transaction fails after the broadcast and Kafka hands the event over again.
        broadcast.publish(fan.creator().id(), news);
        broadcast.publish(fan.creator().id(), news);

        JsonNode message = fan.socket().next(EVENTUALLY);
        assertThat(message.get("title").asString()).isEqualTo("Retry Tee is live now");
        assertThat(message.get("id").asString()).isEqualTo(news.inboxIdFor(fan.id()).toString());
        assertThat(fan.socket().next(Duration.ofSeconds(2))).as("a second message on the socket").isNull();
    }

    @Test
    void aFollowerWhoTurnedSocketsOffFindsTheDropInTheInboxOnly() throws Exception {
        Creator creator = aCreator();
        UUID follower = UuidV7.next();
        awaitConsumed(send(Topics.USERS, new UserUpdated(follower, "Quiet Fan", Set.of("FAN"),
                new NotificationPreferences(true, true, false, false, null, null), Instant.now())).id());
        follow(creator.id(), follower);
        Socket socket = connect(tokenOf(follower));

        EventEnvelope<EventPayload> started = send(Topics.DROPS,
                new DropStarted(UuidV7.next(), creator.id(), "Silent Cap", Instant.now()));

        await().atMost(EVENTUALLY).until(() -> unread(follower) == 1);
        assertThat(inboxRows(started.id())).isEqualTo(1);
        assertThat(socket.next(Duration.ofSeconds(2))).isNull();
    }

    @Test
    void aFanWhoFollowsWhileConnectedHearsTheCreatorsNextDrop() throws Exception {
        Creator creator = aCreator();
        UUID fan = UuidV7.next();
        Socket socket = connect(tokenOf(fan));

        follow(creator.id(), fan);
        awaitAudienceOf(creator, fan, true);
        send(Topics.DROPS, new DropStarted(UuidV7.next(), creator.id(), "Late Fan Tee", Instant.now()));

        JsonNode message = socket.next(EVENTUALLY);
        assertThat(message).as("message on the socket opened before the follow").isNotNull();
        assertThat(message.get("title").asString()).isEqualTo("Late Fan Tee is live now");
    }

    @Test
    void aFanWhoUnfollowsWhileConnectedHearsNoMoreOfTheCreator() throws Exception {
        OnlineFollower fan = anOnlineFollower();

        awaitConsumed(send(Topics.FOLLOWS, new FollowRemoved(fan.creator().id(), fan.id(), Instant.now())).id());
        awaitAudienceOf(fan.creator(), fan.id(), false);
        EventEnvelope<EventPayload> started = send(Topics.DROPS,
                new DropStarted(UuidV7.next(), fan.creator().id(), "Gone Fan Tee", Instant.now()));

        awaitConsumed(started.id());
        assertThat(fan.socket().next(Duration.ofSeconds(2))).isNull();
        assertThat(inboxRows(started.id())).isZero();
    }

    @Test
    void aFanWhoTurnsSocketsOffWhileConnectedFindsTheNextDropInTheInboxOnly() throws Exception {
        OnlineFollower fan = anOnlineFollower();

        awaitConsumed(send(Topics.USERS, new UserUpdated(fan.id(), "Quiet Now", Set.of("FAN"),
                new NotificationPreferences(true, true, false, false, null, null), Instant.now())).id());
        awaitAudienceOf(fan.creator(), fan.id(), false);
        EventEnvelope<EventPayload> started = send(Topics.DROPS,
                new DropStarted(UuidV7.next(), fan.creator().id(), "Muted Cap", Instant.now()));

        await().atMost(EVENTUALLY).until(() -> unread(fan.id()) == 1);
        assertThat(inboxRows(started.id())).isEqualTo(1);
        assertThat(fan.socket().next(Duration.ofSeconds(2))).isNull();
    }

    @Test
    void aHandshakeWithoutAValidTokenIsRefusedWith401() {
        assertThat(handshakeStatus("")).isEqualTo(401);
        assertThat(handshakeStatus("?access_token=" + TestTokens.token().expired().sign())).isEqualTo(401);
        assertThat(handshakeStatus("?access_token=" + TestTokens.token().signedWithForeignKey().sign())).isEqualTo(401);
        assertThat(handshakeStatus("?access_token=" + tokenOf(UuidV7.next()))).isEqualTo(101);
    }

    /** A new creator's follower with an open socket. */
    private OnlineFollower anOnlineFollower() {
        Creator creator = aCreator();
        UUID follower = UuidV7.next();
        follow(creator.id(), follower);
        return new OnlineFollower(creator, follower, connect(tokenOf(follower)));
    }

    /** Waits for the audience change that a follow or preference event announces to reach this instance. */
    private void awaitAudienceOf(Creator creator, UUID fan, boolean listening) {
        await().atMost(EVENTUALLY).until(() -> audiences.of(creator.id()).contains(fan) == listening);
    }

    private String newestInboxId(UUID userId) {
        return get("/api/v1/notifications?limit=1", tokenOf(userId)).json().get("items").get(0).get("id").asString();
    }

    private record OnlineFollower(Creator creator, UUID id, Socket socket) {
    }
}
