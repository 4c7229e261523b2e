package io.livedrop.order.idempotency;

import java.util.List;
import java.util.UUID;

import io.livedrop.order.OrdersProperties;
import io.livedrop.redis.LuaScripts;
import io.livedrop.web.problem.ProblemException;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys in Redis. A Lua script claims a key, storing the request's hash and a deadline
 * ({@code livedrop.orders.in-flight-ttl} ahead); once answered the key holds the answer. Either record is
 * kept for {@code livedrop.orders.idempotency-ttl}: an unanswered one past its deadline tells a retry that
 * the attempt holding it died, maybe after its work committed, so the retry looks for that work first.
 * Postgres backs this up: an order is unique per user and key, so a lost claim cannot double an order.
 */
@Component
public class IdempotencyKeys {

    /** Keys are client-chosen; a UUID is typical, this only keeps Redis keys bounded. */
    static final int MAX_KEY_LENGTH = 200;

    private static final RedisScript<String> CLAIM = LuaScripts.returningString("redis/claim.lua");

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
        String outcome = redis.execute(CLAIM, List.of(redisKey(userId, idempotencyKey)), requestHash,
                Long.toString(properties.inFlightTtl().toMillis()),
                Long.toString(properties.idempotencyTtl().toMillis()));
        return switch (outcome) {
            case "claimed" -> new Claim.Claimed();
            case "taken-over" -> new Claim.TakenOver();
            case null -> throw new IllegalStateException("the claim script answered nothing");
            default -> Claim.decide(json.readValue(outcome, KeyRecord.class), requestHash);
        };
    }

    /** Stores the answer for replay. */
    public void complete(UUID userId, String idempotencyKey, String requestHash, StoredAnswer answer) {
        redis.opsForValue().set(redisKey(userId, idempotencyKey), encode(KeyRecord.answered(requestHash, answer)),
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
