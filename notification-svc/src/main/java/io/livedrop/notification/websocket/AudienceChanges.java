package io.livedrop.notification.websocket;

import java.util.UUID;

import io.livedrop.notification.preferences.PreferencesChanged;
import io.livedrop.notification.recipients.FollowsChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every instance that a user's follows or preferences changed in the projections, so that the one
 * holding the user's sockets reads their {@link Audiences} again. Published once the change commits, so
 * that the instance reads the new state. A notice lost while Redis is away leaves that user's audiences as
 * they were until their next connect; the inbox has every notification anyway.
 */
@Component
class AudienceChanges {

    static final String CHANNEL = "ld:notification:audience";

    private static final Logger log = LoggerFactory.getLogger(AudienceChanges.class);

    private final StringRedisTemplate redis;

    AudienceChanges(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FollowsChanged change) {
        publish(change.userId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PreferencesChanged change) {
        publish(change.userId());
    }

    private void publish(UUID userId) {
        try {
            redis.convertAndSend(CHANNEL, userId.toString());
        }
        catch (DataAccessException ex) {
            log.warn("Audience change of user {} not announced, Redis unavailable: {}", userId, ex.getMessage());
        }
    }
}
