package io.livedrop.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** One-tap purchases of one drop item, as the app sends them: each with its own idempotency key. */
record Checkout(String dropId, String productId) {

    Api.Answer buy(Fans.SignedIn buyer, String idempotencyKey) {
        return buy(buyer, idempotencyKey, Map.of());
    }

    Api.Answer buy(Fans.SignedIn buyer, String idempotencyKey, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Idempotency-Key", idempotencyKey);
        return Api.send("POST", "/api/v1/orders", buyer.accessToken(),
                Map.of("dropId", dropId, "productId", productId, "quantity", 1), all);
    }

    /** A placed order and the idempotency key that placed it. */
    record Placed(Api.Answer answer, String idempotencyKey) {

        String orderId() {
            return answer.text("id");
        }
    }

    /**
     * Buys as soon as order-svc sells: it learns of the start from drop events, a moment after drop-svc.
     * Each try has its own key, since a key replays its first answer, a refusal included.
     */
    Placed awaitPurchase(Fans.SignedIn buyer, String keyPrefix) {
        return awaitPurchase(buyer, keyPrefix, Map.of());
    }

    Placed awaitPurchase(Fans.SignedIn buyer, String keyPrefix, Map<String, String> headers) {
        AtomicInteger tries = new AtomicInteger();
        AtomicReference<Placed> placed = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            String key = keyPrefix + "-" + tries.incrementAndGet();
            placed.set(new Placed(buy(buyer, key, headers), key));
            return placed.get().answer().status() == 201;
        });
        return placed.get();
    }

    /** Waits until the order's payment has been confirmed through the provider's webhook. */
    static void awaitConfirmed(Fans.SignedIn buyer, String orderId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CONFIRMED".equals(Api.get("/api/v1/orders/" + orderId, buyer.accessToken()).text("status")));
    }
}
