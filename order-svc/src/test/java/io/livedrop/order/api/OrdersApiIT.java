package io.livedrop.order.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.UUID;

import io.livedrop.events.UuidV7;
import io.livedrop.events.drop.DropEnded;
import io.livedrop.order.OrderServiceHarness;
import io.livedrop.order.idempotency.Claim;
import io.livedrop.order.idempotency.IdempotencyKeys;
import io.livedrop.order.idempotency.RequestHash;
import io.livedrop.order.stock.StockCounters;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrdersApiIT extends OrderServiceHarness {

    @Autowired
    IdempotencyKeys keys;

    @Autowired
    MeterRegistry meters;

    @Test
    void buyingAnswers201WithThePendingOrderAndItsLocation() {
        Drop drop = aLiveDrop(10, 2);
        UUID fan = UuidV7.next();

        Response response = buy(fan, drop, 2);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.location()).isEqualTo("/api/v1/orders/" + response.orderId());
        assertThat(response.json().get("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(response.json().get("items").get(0).get("dropId").asString()).isEqualTo(drop.id().toString());
        assertThat(response.json().get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(response.json().get("items").get(0).get("unitPrice").get("amount").asLong()).isEqualTo(2500);
        assertThat(response.json().get("total").get("amount").asLong()).isEqualTo(5000);
        assertThat(response.json().get("createdAt").isString()).isTrue();
        assertThat(response.json().get("expiresAt").isString()).isTrue();
        assertThat(sold(drop)).isEqualTo(2);
        assertThat(leftInRedis(drop)).isEqualTo(8);
    }

    @Test
    void aRequestWithoutIdempotencyKeyIs400() {
        Drop drop = aLiveDrop(10, 2);

        Response response = post("/api/v1/orders", fan(UuidV7.next()), orderBody(drop.id(), drop.productId(), 1), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("idempotency-key-required");
    }

    @Test
    void aZeroOrNegativeQuantityIs400() {
        Drop drop = aLiveDrop(10, 2);

        Response zero = buy(UuidV7.next(), drop, 0);
        Response negative = buy(UuidV7.next(), drop, -1);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(sold(drop)).isZero();
        assertThat(leftInRedis(drop)).isEqualTo(10);
    }

    @Test
    void aQuantityAboveThePerUserLimitIs409LimitExceededAndTakesNothing() {
        Drop drop = aLiveDrop(10, 2);

        Response response = buy(UuidV7.next(), drop, 3);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("limit-exceeded");
        assertThat(sold(drop)).isZero();
        assertThat(leftInRedis(drop)).isEqualTo(10);
    }

    @Test
    void anUnknownDropOrProductIs404AndAProductOfAnotherDropIs400() {
        Drop drop = aLiveDrop(10, 2);
        Drop other = aLiveDrop(10, 2);
        UUID fan = UuidV7.next();
        String token = fan(fan);
        forget(fan, "k1");
        forget(fan, "k2");
        forget(fan, "k3");

        Response unknownDrop = post("/api/v1/orders", token, orderBody(UuidV7.next(), drop.productId(), 1), "k1");
        Response unknownProduct = post("/api/v1/orders", token, orderBody(drop.id(), UuidV7.next(), 1), "k2");
        Response otherDropsProduct = post("/api/v1/orders", token, orderBody(drop.id(), other.productId(), 1), "k3");

        assertThat(unknownDrop.status()).isEqualTo(404);
        assertThat(unknownProduct.status()).isEqualTo(404);
        assertThat(otherDropsProduct.status()).isEqualTo(400);
        assertThat(otherDropsProduct.problemType()).isEqualTo("product-not-in-drop");
    }

    @Test
    void aDropNotStartedYetIs409DropNotLive() {
        Drop drop = aScheduledDrop(10, 2);

        Response response = buy(UuidV7.next(), drop, 1);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("drop-not-live");
    }

    @Test
    void anEndedDropIs409DropNotLive() {
        Drop drop = aLiveDrop(10, 2);
        sendDropEvent(new DropEnded(drop.id(), UuidV7.next(), Instant.now()));
        await().atMost(EVENTUALLY).until(() -> "ENDED".equals(redis.opsForHash().get(
                StockCounters.saleKey(drop.id()), "status")));

        Response response = buy(UuidV7.next(), drop, 1);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("drop-not-live");
        assertThat(sold(drop)).isZero();
    }

    @Test
    void purchasesMoveTheDropKpiMetrics() {
        double accepted = attempts("accepted");
        double soldOut = attempts("sold_out");
        double overLimit = attempts("over_limit");
        double units = meters.get("livedrop.orders.units.sold").counter().count();
        long sellOuts = meters.get("livedrop.drop.sold.out").timer().count();
        Drop drop = aLiveDrop(3, 2);
        UUID fan = UuidV7.next();

        assertThat(buy(fan, drop, 2).status()).isEqualTo(201);
        assertThat(buy(fan, drop, 1).problemType()).isEqualTo("limit-exceeded");
        assertThat(buy(UuidV7.next(), drop, 1).status()).isEqualTo(201);
        assertThat(buy(UuidV7.next(), drop, 1).problemType()).isEqualTo("sold-out");

        assertThat(attempts("accepted")).isEqualTo(accepted + 2);
        assertThat(attempts("over_limit")).isEqualTo(overLimit + 1);
        assertThat(attempts("sold_out")).isEqualTo(soldOut + 1);
        assertThat(meters.get("livedrop.orders.units.sold").counter().count()).isEqualTo(units + 3);
        assertThat(meters.get("livedrop.drop.sold.out").timer().count()).isEqualTo(sellOuts + 1);
    }

    @Test
    void buyingOverThePerUserLimitIs409LimitExceededAndBuyingMoreThanLeftIs409SoldOut() {
        Drop drop = aLiveDrop(3, 2);
        UUID fan = UuidV7.next();

        assertThat(buy(fan, drop, 2).status()).isEqualTo(201);
        Response overLimit = buy(fan, drop, 1);
        Response soldOut = buy(UuidV7.next(), drop, 2);

        assertThat(overLimit.status()).isEqualTo(409);
        assertThat(overLimit.problemType()).isEqualTo("limit-exceeded");
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.problemType()).isEqualTo("sold-out");
        assertThat(sold(drop)).isEqualTo(2);
    }

    @Test
    void theSameKeyAndBodyReplaysTheFirstAnswerAndAnotherBodyIs422() {
        Drop drop = aLiveDrop(10, 5);
        UUID fan = UuidV7.next();

        Response first = buy(fan, drop, 1, "same-key");
        Response replay = buy(fan, drop, 1, "same-key");
        Response otherBody = buy(fan, drop, 2, "same-key");

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.location()).isEqualTo(first.location());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.problemType()).isEqualTo("idempotency-key-reused");
        assertThat(sold(drop)).isEqualTo(1);
    }

    @Test
    void aKeyStillInFlightIs409() {
        Drop drop = aLiveDrop(10, 2);
        UUID fan = UuidV7.next();
        String hash = RequestHash.of("POST /api/v1/orders", drop.id(), drop.productId(), 1);
        assertThat(keys.claim(fan, "busy-key", hash)).isInstanceOf(Claim.Claimed.class);

        Response response = buy(fan, drop, 1, "busy-key");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("idempotency-key-in-flight");
        assertThat(sold(drop)).isZero();
    }

    @Test
    void theOwnerReadsTheOrderAndAnyoneElseGets404() {
        Drop drop = aLiveDrop(10, 2);
        UUID owner = UuidV7.next();
        UUID orderId = buy(owner, drop, 1).orderId();

        Response own = get("/api/v1/orders/" + orderId, fan(owner));
        Response someoneElses = get("/api/v1/orders/" + orderId, fan(UuidV7.next()));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.orderId()).isEqualTo(orderId);
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(post("/api/v1/orders/" + orderId + "/cancel", fan(UuidV7.next()), "", null).status()).isEqualTo(404);
    }

    @Test
    void myOrdersAreListedNewestFirstPageByPage() {
        Drop drop = aLiveDrop(10, 5);
        UUID fan = UuidV7.next();
        UUID older = buy(fan, drop, 1).orderId();
        UUID newer = buy(fan, drop, 1).orderId();

        Response first = get("/api/v1/users/me/orders?limit=1", fan(fan));
        Response second = get("/api/v1/users/me/orders?limit=1&cursor=" + first.json().get("nextCursor").asString(),
                fan(fan));

        assertThat(first.json().get("items").get(0).get("id").asString()).isEqualTo(newer.toString());
        assertThat(second.json().get("items").get(0).get("id").asString()).isEqualTo(older.toString());
        assertThat(second.json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void cancellingAPendingOrderGivesTheUnitsBackInBothStores() {
        Drop drop = aLiveDrop(1, 2);
        UUID fan = UuidV7.next();
        UUID orderId = buy(fan, drop, 1).orderId();
        assertThat(buy(UuidV7.next(), drop, 1).problemType()).isEqualTo("sold-out");

        Response cancelled = post("/api/v1/orders/" + orderId + "/cancel", fan(fan), "", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(sold(drop)).isZero();
        assertThat(leftInRedis(drop)).isEqualTo(1);
        assertThat(post("/api/v1/orders/" + orderId + "/cancel", fan(fan), "", null).status()).isEqualTo(409);
        assertThat(buy(UuidV7.next(), drop, 1).status()).isEqualTo(201);
    }

    private double attempts(String outcome) {
        return meters.get("livedrop.orders.attempts").tag("outcome", outcome).counter().count();
    }
}
