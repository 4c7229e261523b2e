package io.livedrop.notification.websocket;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.livedrop.notification.inbox.NotificationItem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a notification to whichever instance holds the users' sockets: every instance subscribes to one
 * shared Redis channel and sends to the sockets it has for those users. One message per written batch,
 * not per user: a fan-out slice of a thousand followers is one publish. Best effort: the inbox has it anyway.
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

    /**
     * @param notification what every recipient sees, except for the id, which is each one's own inbox row
     * @param inboxIds the recipients: user id to the id of their inbox row
     * @param eventTime when the notification's cause happened, for the latency measured at the socket
     */
    public void publish(NotificationItem notification, Map<UUID, UUID> inboxIds, Instant eventTime) {
        if (inboxIds.isEmpty()) {
            return;
        }
        try {
            redis.convertAndSend(CHANNEL, json.writeValueAsString(new LiveMessage(notification, eventTime, inboxIds)));
        }
        catch (DataAccessException ex) {
            log.warn("Live delivery of a {} notification to {} users skipped, Redis unavailable: {}",
                    notification.type(), inboxIds.size(), ex.getMessage());
        }
    }

    /** {@code notification.id} is unset; {@code inboxIds} maps each recipient to theirs. */
    record LiveMessage(NotificationItem notification, Instant eventTime, Map<UUID, UUID> inboxIds) {
    }
}
