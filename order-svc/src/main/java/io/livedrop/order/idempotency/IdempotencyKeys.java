package io.livedrop.order.idempotency;

import java.util.UUID;

import io.livedrop.order.OrdersProperties;
import io.livedrop.web.problem.ProblemException;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys in Redis. A key is claimed with SET NX and a short in-flight TTL holding the
 * request's hash; once answered it holds the answer for {@code livedrop.orders.idempotency-ttl}.
 * Postgres backs this up: an order is unique per user and key, so a lost claim cannot double an order.
 */
@Component
public class IdempotencyKeys {

    /** Keys are client-chosen; a UUID is typical, this only keeps Redis keys bounded. */
    static final int MAX_KEY_LENGTH = 200;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final OrdersProperties properties;

    IdempotencyKeys(StringRedisTemplate redis, JsonMapper json, OrdersProperties properties) {
        this.redis = redis;
        this.json = json;
        this.properties = properties;
    }

    /** The Redis key; the user id is the hash tag, so one user's keys share a cluster slot. */
    public static String redisKey(UUID userId, String idempotencyKey) {
        return "ld:order:idem:{" + userId + "}:" + idempotencyKey;
    }

    /** 400 unless the header is present and of a sane length. */
    public static String require(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ProblemException.badRequest("idempotency-key-required",
                    "Send an Idempotency-Key header, e.g. a UUID, so a retried request cannot buy twice.");
        }
        if (idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid("Idempotency-Key", "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        return idempotencyKey;
    }

    public Claim claim(UUID userId, String idempotencyKey, String requestHash) {
        String key = redisKey(userId, idempotencyKey);
        // Two rounds: the existing claim may expire between the failed SET NX and the GET.
        for (int round = 0; round < 2; round++) {
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, encode(KeyRecord.inFlight(requestHash)),
                    properties.inFlightTtl()))) {
                return new Claim.Claimed();
            }
            String existing = redis.opsForValue().get(key);
            if (existing != null) {
                return Claim.decide(json.readValue(existing, KeyRecord.class), requestHash);
            }
        }
        return new Claim.InFlight();
    }

    /** Stores the answer for replay. */
    public void complete(UUID userId, String idempotencyKey, String requestHash, StoredAnswer answer) {
        redis.opsForValue().set(redisKey(userId, idempotencyKey), encode(new KeyRecord(requestHash, answer)),
                properties.idempotencyTtl());
    }

    /** Frees the key after a failure on our side, so the client's retry does the work again. */
    public void release(UUID userId, String idempotencyKey) {
        redis.delete(redisKey(userId, idempotencyKey));
    }

    private String encode(KeyRecord record) {
        return json.writeValueAsString(record);
    }
}
