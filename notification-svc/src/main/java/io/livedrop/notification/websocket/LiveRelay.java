package io.livedrop.notification.websocket;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/** Receives every instance's live deliveries from Redis and passes on those for users connected here. */
@Configuration(proxyBeanMethods = false)
class LiveRelay {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    @Bean
    RedisMessageListenerContainer liveDeliveryListener(RedisConnectionFactory redis, SocketRegistry sockets,
            JsonMapper json) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(relay(sockets, json), new ChannelTopic(LiveDelivery.CHANNEL));
        return container;
    }

    private static MessageListener relay(SocketRegistry sockets, JsonMapper json) {
        return (Message message, byte[] pattern) -> {
            try {
                JsonNode live = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
                JsonNode eventTime = live.get("eventTime");
                Instant causedAt = eventTime == null || eventTime.isNull() ? null : Instant.parse(eventTime.asString());
                ObjectNode notification = (ObjectNode) live.get("notification");
                for (Map.Entry<String, JsonNode> recipient : live.get("inboxIds").properties()) {
                    UUID userId = UUID.fromString(recipient.getKey());
                    // Most recipients of a big fan-out are connected elsewhere or not at all.
                    if (sockets.holds(userId)) {
                        notification.set("id", recipient.getValue());
                        sockets.send(userId, json.writeValueAsString(notification), causedAt);
                    }
                }
            }
            catch (RuntimeException ex) {
                log.warn("Dropping a malformed live delivery: {}", ex.toString());
            }
        };
    }
}
