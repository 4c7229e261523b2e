package io.livedrop.order.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.livedrop.events.UuidV7;
import io.livedrop.order.OrderServiceHarness;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The same API with {@code livedrop.orders.reservation=postgres}: guarded UPDATEs are the only gate. */
@TestPropertySource(properties = {
        "livedrop.orders.reservation=postgres",
        // Its own inbox name: this context applies every drop event itself, beside the redis-mode one.
        "livedrop.events.consumer-name=order-svc-postgres-mode-it"})
class PostgresReservationIT extends OrderServiceHarness {

    @Test
    void concurrentAttemptsSellExactlyTheStockWithinTheLimitWithoutRedis() throws Exception {
        Drop drop = aLiveDrop(20, 2);
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            users.add(UuidV7.next());
        }
        List<Future<Response>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < 5; round++) {
                users.forEach(user -> futures.add(executor.submit(() -> buy(user, drop, 1))));
            }
        }
        int bought = 0;
        for (Future<Response> future : futures) {
            Response response = future.get();
            assertThat(response.status()).as(response.body()).isIn(201, 409);
            if (response.status() == 201) {
                bought++;
            }
            else {
                assertThat(response.problemType()).isIn("sold-out", "limit-exceeded");
            }
        }
        assertThat(bought).isEqualTo(20);
        assertThat(sold(drop)).isEqualTo(20);
        assertThat(holdingsInPostgres(drop).values()).allSatisfy(units -> assertThat(Integer.parseInt(units)).isBetween(1, 2));
    }

    @Test
    void aDropNotStartedIs409DropNotLiveAndOverTheLimitIs409LimitExceeded() {
        Drop scheduled = aScheduledDrop(5, 1);
        Drop live = aLiveDrop(5, 1);
        UUID fan = UuidV7.next();

        assertThat(buy(fan, scheduled, 1).problemType()).isEqualTo("drop-not-live");
        assertThat(buy(fan, live, 1).status()).isEqualTo(201);
        assertThat(buy(fan, live, 1).problemType()).isEqualTo("limit-exceeded");
        assertThat(sold(live)).isEqualTo(1);
    }

    @Test
    void badInputIsAnsweredAsInRedisMode() {
        Drop drop = aLiveDrop(5, 2);
        Drop other = aLiveDrop(5, 2);
        UUID fan = UuidV7.next();
        String token = fan(fan);
        forget(fan, "k1");
        forget(fan, "k2");
        forget(fan, "k3");

        Response unknownDrop = post("/api/v1/orders", token, orderBody(UuidV7.next(), drop.productId(), 1), "k1");
        Response unknownProduct = post("/api/v1/orders", token, orderBody(drop.id(), UuidV7.next(), 1), "k2");
        Response otherDropsProduct = post("/api/v1/orders", token, orderBody(drop.id(), other.productId(), 1), "k3");
        Response aboveTheLimit = buy(fan, drop, 3);

        assertThat(unknownDrop.status()).isEqualTo(404);
        assertThat(unknownProduct.status()).isEqualTo(404);
        assertThat(otherDropsProduct.status()).isEqualTo(400);
        assertThat(otherDropsProduct.problemType()).isEqualTo("product-not-in-drop");
        assertThat(aboveTheLimit.status()).isEqualTo(409);
        assertThat(aboveTheLimit.problemType()).isEqualTo("limit-exceeded");
        assertThat(sold(drop)).isZero();
        assertThat(sold(other)).isZero();
    }
}
