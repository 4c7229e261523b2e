package io.livedrop.notification.websocket;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.livedrop.notification.inbox.Notification;
import io.livedrop.redis.LuaScripts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the online followers of a creator first, before any inbox row is written: one Redis message per
 * event, on which every instance picks the followers among its own sockets (see {@link LiveRelay}). So a
 * socket hears of a drop in the same time for ten followers as for a million; the inbox slices that follow
 * send nothing to sockets. Sent once per event: a retried or redelivered event finds its claim in Redis.
 * Best effort, like every live delivery: the inbox has it anyway.
 */
@Component
public class FollowerBroadcast {

    static final String CHANNEL = "ld:notification:followers";
    // Longer than any redelivery of the same event can come late.
    private static final Duration CLAIM_TTL = Duration.ofDays(1);
    private static final RedisScript<Long> CLAIM_AND_PUBLISH = LuaScripts.returningLong("redis/broadcast.lua");

    private static final Logger log = LoggerFactory.getLogger(FollowerBroadcast.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    FollowerBroadcast(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    public void publish(UUID creatorId, Notification notification) {
        try {
            redis.execute(CLAIM_AND_PUBLISH, List.of("ld:notification:broadcast:" + notification.sourceEventId()),
                    CHANNEL, json.writeValueAsString(new Broadcast(creatorId, notification)),
                    Long.toString(CLAIM_TTL.toSeconds()));
        }
        catch (DataAccessException ex) {
            log.warn("Live broadcast of {} to the followers of {} skipped, Redis unavailable: {}",
                    notification.type(), creatorId, ex.getMessage());
        }
    }

    record Broadcast(UUID creatorId, Notification notification) {
    }
}
