package io.livedrop.notification.websocket;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.livedrop.notification.inbox.Notification;
import io.livedrop.notification.inbox.NotificationItem;
import io.livedrop.notification.recipients.Followers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives every instance's live deliveries from Redis and passes on those for users connected here: the
 * per-recipient messages of a written batch, and the follower broadcasts, which each instance sends to
 * its own audience of the creator; and the audience changes that keep those audiences current.
 */
@Configuration(proxyBeanMethods = false)
class LiveRelay {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    @Bean
    Audiences audiences(Followers followers) {
        return new Audiences(followers::listenedBy);
    }

    @Bean
    RedisMessageListenerContainer liveDeliveryListener(RedisConnectionFactory redis, SocketRegistry sockets,
            Audiences audiences, JsonMapper json) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        // Each message is handed to a thread of its own; a platform thread each would cost a follow storm's
        // worth of audience changes as many thread starts.
        SimpleAsyncTaskExecutor dispatch = new SimpleAsyncTaskExecutor("live-relay-");
        dispatch.setVirtualThreads(true);
        container.setTaskExecutor(dispatch);
        container.addMessageListener(relay(sockets, json), new ChannelTopic(LiveDelivery.CHANNEL));
        container.addMessageListener(toOnlineFollowers(sockets, audiences, json),
                new ChannelTopic(FollowerBroadcast.CHANNEL));
        container.addMessageListener(audienceChanged(audiences), new ChannelTopic(AudienceChanges.CHANNEL));
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    SubscriptionStart liveDeliverySubscription(RedisMessageListenerContainer liveDeliveryListener) {
        return new SubscriptionStart(liveDeliveryListener, Duration.ofSeconds(60), Duration.ofSeconds(1));
    }

    private static MessageListener toOnlineFollowers(SocketRegistry sockets, Audiences audiences, JsonMapper json) {
        return (Message message, byte[] pattern) -> {
            try {
                long received = System.nanoTime();
                FollowerBroadcast.Broadcast broadcast = json.readValue(message.getBody(), FollowerBroadcast.Broadcast.class);
                Set<UUID> listening = audiences.of(broadcast.creatorId());
                if (listening.isEmpty()) {
                    return;
                }
                Notification notification = broadcast.notification();
                long afterEvent = sinceEvent(notification.eventTime());
                SharedMessage shared = SharedMessage.of(json, json.valueToTree(new NotificationItem(null,
                        notification.type(), notification.title(), notification.body(),
                        json.valueToTree(notification.data()), Instant.now(), null)));
                long prepared = System.nanoTime();
                sockets.sendAll(listening, userId -> shared.forRow(notification.inboxIdFor(userId)),
                        notification.eventTime());
                // One line per broadcast, so where a slow one spent its time can be read from the log.
                log.info("Broadcast {} of {}: {} of {} users connected here listen; received {} ms after the event,"
                        + " prepared in {} ms, sent in {} ms", notification.type(), notification.sourceEventId(),
                        listening.size(), sockets.userCount(), afterEvent,
                        TimeUnit.NANOSECONDS.toMillis(prepared - received),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - prepared));
            }
            catch (RuntimeException ex) {
                log.warn("Dropping a follower broadcast: {}", ex.toString());
            }
        };
    }

    private static MessageListener audienceChanged(Audiences audiences) {
        return (Message message, byte[] pattern) -> {
            try {
                audiences.changed(UUID.fromString(new String(message.getBody(), StandardCharsets.UTF_8)));
            }
            catch (RuntimeException ex) {
                log.warn("An audience change not applied: {}", ex.toString());
            }
        };
    }

    private static long sinceEvent(Instant eventTime) {
        return eventTime == null ? -1 : Duration.between(eventTime, Instant.now()).toMillis();
    }

    private static MessageListener relay(SocketRegistry sockets, JsonMapper json) {
        return (Message message, byte[] pattern) -> {
            try {
                JsonNode live = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
                JsonNode eventTime = live.get("eventTime");
                Instant causedAt = eventTime == null || eventTime.isNull() ? null : Instant.parse(eventTime.asString());
                SharedMessage shared = SharedMessage.of(json, (ObjectNode) live.get("notification"));
                Map<UUID, UUID> inboxIds = new HashMap<>();
                live.get("inboxIds").properties().forEach(recipient -> inboxIds.put(UUID.fromString(recipient.getKey()),
                        UUID.fromString(recipient.getValue().asString())));
                // Most recipients of a big fan-out are connected elsewhere or not at all.
                sockets.sendAll(inboxIds.keySet(), userId -> shared.forRow(inboxIds.get(userId)), causedAt);
            }
            catch (RuntimeException ex) {
                log.warn("Dropping a malformed live delivery: {}", ex.toString());
            }
        };
    }
}
