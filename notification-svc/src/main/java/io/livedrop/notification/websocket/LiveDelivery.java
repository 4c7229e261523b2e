package io.livedrop.notification.websocket;

import java.util.UUID;

import io.livedrop.notification.inbox.NotificationItem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a notification to whichever instance holds the user's sockets: every instance subscribes to one
 * shared Redis channel and sends to the sockets it has for that user. Best effort: the inbox has it anyway.
 */
@Component
public class LiveDelivery {

    static final String CHANNEL = "ld:notification:live";

    private static final Logger log = LoggerFactory.getLogger(LiveDelivery.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    LiveDelivery(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public void publish(UUID userId, NotificationItem item) {
        try {
            redis.convertAndSend(CHANNEL, json.writeValueAsString(new LiveMessage(userId, item)));
        }
        catch (DataAccessException ex) {
            log.warn("Live delivery of notification {} skipped, Redis unavailable: {}", item.id(), ex.getMessage());
        }
    }

    record LiveMessage(UUID userId, NotificationItem notification) {
    }
}
