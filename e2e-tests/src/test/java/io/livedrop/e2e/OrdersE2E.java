package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fan buys in a live drop with an idempotency key, pays, is told; the drop sells out. */
class OrdersE2E {

    @Test
    void fanBuysOnceByKeyPaysIsNotifiedAndTheDropSellsOut() {
        Studio studio = Studio.open("Order Studio");
        String productId = studio.listProduct("Last Print", 1500);
        String dropId = studio.scheduleDrop(productId, 2, 1, Duration.ofSeconds(5), Duration.ofMinutes(5));
        Fans.SignedIn fan = Fans.signUpAndLogIn("Early Bird");
        Fans.SignedIn second = Fans.signUpAndLogIn("Second Bird");
        Fans.SignedIn late = Fans.signUpAndLogIn("Late Bird");
        Checkout checkout = new Checkout(dropId, productId);

        // Not live yet (once order-svc has the drop from its scheduled event, it answers 409, not 404).
        await().atMost(Duration.ofSeconds(4)).until(() -> checkout.buy(fan, "early-" + UUID.randomUUID()).status() == 409);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "LIVE".equals(Api.get("/api/v1/drops/" + dropId, fan.accessToken()).text("status")));

        Checkout.Placed placed = checkout.awaitPurchase(fan, "buy-" + UUID.randomUUID());
        assertThat(placed.answer().text("status")).isEqualTo("PENDING_PAYMENT");
        Api.Answer replay = checkout.buy(fan, placed.idempotencyKey());
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).as("one key, one order").isEqualTo(placed.orderId());
        assertThat(checkout.buy(fan, "other-" + UUID.randomUUID())
                .status()).as("per-user limit of 1").isEqualTo(409);

        String orderId = placed.orderId();
        Checkout.awaitConfirmed(fan, orderId);
        assertThat(Api.get("/api/v1/orders/" + orderId, second.accessToken()).status()).as("not yours").isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.get("/api/v1/notifications", fan.accessToken()).raw().body().contains("\"order.confirmed\""));

        assertThat(checkout.awaitPurchase(second, "second-" + UUID.randomUUID()).answer().status()).isEqualTo(201);
        Api.Answer soldOut = checkout.buy(late, "late-" + UUID.randomUUID());
        assertThat(soldOut.status()).isEqualTo(409);
        assertThat(soldOut.text("type")).endsWith("/sold-out");
        assertThat(Api.get("/api/v1/users/me/orders", fan.accessToken()).body().get("items").get(0).get("id").asString())
                .isEqualTo(orderId);
    }

    @Test
    void purchaseWithoutAnIdempotencyKeyIsRefused() {
        Fans.SignedIn fan = Fans.signUpAndLogIn("Keyless");
        Api.Answer answer = Api.post("/api/v1/orders", fan.accessToken(),
                Map.of("dropId", UUID.randomUUID().toString(), "productId", UUID.randomUUID().toString(), "quantity", 1));
        assertThat(answer.status()).isEqualTo(400);
    }
}
