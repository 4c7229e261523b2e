package io.livedrop.order.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;

import io.livedrop.events.UuidV7;
import io.livedrop.order.OrderServiceHarness;
import io.livedrop.order.orders.Order;
import io.livedrop.order.reservation.OrderPlacement;
import io.livedrop.order.reservation.PlaceOrder;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

/**
 * An attempt that died after its order committed and before its answer was stored, as a kill -9 leaves
 * it: the order is in Postgres, the key's record in Redis is unanswered and past its claim's deadline. The
 * client's retry under the same key gets that order, even though the drop sold out or the buyer reached
 * the limit meanwhile (the gate, asked first, would refuse it).
 */
class LostAnswerIT extends OrderServiceHarness {

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    OrderPlacement placement;

    @Autowired
    JsonMapper json;

    @Test
    void theRetryGetsTheSavedOrderAndPlacesNoOther() {
        Drop drop = aLiveDrop(10, 5);
        UUID fan = UuidV7.next();
        Order saved = diedAfterCommitting(fan, drop, 1, "lost-answer");

        Response retry = buy(fan, drop, 1, "lost-answer");
        Response replay = buy(fan, drop, 1, "lost-answer");

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.orderId()).isEqualTo(saved.id());
        assertThat(retry.location()).isEqualTo("/api/v1/orders/" + saved.id());
        assertThat(replay.body()).isEqualTo(retry.body());
        assertThat(ordersOf(fan)).isEqualTo(1);
        assertThat(sold(drop)).isEqualTo(1);
    }

    @Test
    void theRetryGetsTheSavedOrderThoughTheBuyerIsAtTheLimitNow() {
        Drop drop = aLiveDrop(10, 2);
        UUID fan = UuidV7.next();
        Order saved = diedAfterCommitting(fan, drop, 2, "lost-answer-at-limit");

        Response retry = buy(fan, drop, 2, "lost-answer-at-limit");

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.orderId()).isEqualTo(saved.id());
        assertThat(ordersOf(fan)).isEqualTo(1);
        assertThat(sold(drop)).isEqualTo(2);
        assertThat(buy(fan, drop, 1).problemType()).isEqualTo("limit-exceeded");
    }

    @Test
    void theRetryGetsTheSavedOrderThoughTheDropSoldOutMeanwhile() {
        Drop drop = aLiveDrop(1, 2);
        UUID fan = UuidV7.next();
        Order saved = diedAfterCommitting(fan, drop, 1, "lost-answer-sold-out");

        Response retry = buy(fan, drop, 1, "lost-answer-sold-out");

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.orderId()).isEqualTo(saved.id());
        assertThat(ordersOf(fan)).isEqualTo(1);
        assertThat(sold(drop)).isEqualTo(1);
        assertThat(buy(UuidV7.next(), drop, 1).problemType()).isEqualTo("sold-out");
    }

    @Test
    void theRetryOfAnAttemptThatDiedBeforeCommittingPlacesTheOrder() {
        Drop drop = aLiveDrop(10, 2);
        UUID fan = UuidV7.next();
        diedHolding(fan, "died-before-commit", hashOf(drop, 1));

        Response retry = buy(fan, drop, 1, "died-before-commit");

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(ordersOf(fan)).isEqualTo(1);
        assertThat(sold(drop)).isEqualTo(1);
    }

    @Test
    void anotherRequestUnderTheKeyOfADeadAttemptIsStill422() {
        Drop drop = aLiveDrop(10, 5);
        UUID fan = UuidV7.next();
        diedAfterCommitting(fan, drop, 1, "lost-answer-other-body");

        Response otherBody = buy(fan, drop, 2, "lost-answer-other-body");

        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.problemType()).isEqualTo("idempotency-key-reused");
        assertThat(ordersOf(fan)).isEqualTo(1);
        assertThat(sold(drop)).isEqualTo(1);
    }

    /** The key claimed, the order placed (units taken in Redis and Postgres), the answer never stored. */
    private Order diedAfterCommitting(UUID fan, Drop drop, int quantity, String key) {
        String hash = hashOf(drop, quantity);
        Order order = diedHolding(fan, key, hash, () -> placement.place(
                PlaceOrder.oneTap(fan, key, hash, drop.id(), drop.productId(), quantity)));
        assertThat(sold(drop)).isEqualTo(quantity);
        return order;
    }

    private void diedHolding(UUID fan, String key, String hash) {
        diedHolding(fan, key, hash, () -> null);
    }

    /**
     * Claims the key as a request would, does the work, and stores no answer; then moves the claim's
     * deadline to just before now, as if it had been claimed one in-flight TTL ago.
     */
    private <T> T diedHolding(UUID fan, String key, String hash, Supplier<T> work) {
        forget(fan, key);
        assertThat(keys.claim(fan, key, hash)).isInstanceOf(Claim.Claimed.class);
        T done = work.get();
        String redisKey = IdempotencyKeys.redisKey(fan, key);
        KeyRecord claimed = json.readValue(redis.opsForValue().get(redisKey), KeyRecord.class);
        assertThat(claimed.finished()).isFalse();
        long expired = claimed.inFlightUntil() - properties.inFlightTtl().toMillis() - 1;
        redis.opsForValue().set(redisKey, json.writeValueAsString(KeyRecord.inFlight(hash, expired)),
                properties.idempotencyTtl());
        return done;
    }

    private static String hashOf(Drop drop, int quantity) {
        return RequestHash.of("POST /api/v1/orders", drop.id(), drop.productId(), quantity);
    }

    private int ordersOf(UUID fan) {
        return jdbc.sql("SELECT count(*) FROM customer_order WHERE user_id = ?").param(fan).query(Integer.class).single();
    }
}
