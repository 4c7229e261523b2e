package io.livedrop.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

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

    /** order-svc primes the drop's stock from drop events; a purchase right after the start may need a moment. */
    Api.Answer awaitPurchase(Fans.SignedIn buyer, String idempotencyKey) {
        return awaitPurchase(buyer, idempotencyKey, Map.of());
    }

    Api.Answer awaitPurchase(Fans.SignedIn buyer, String idempotencyKey, Map<String, String> headers) {
        Api.Answer[] answer = new Api.Answer[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            answer[0] = buy(buyer, idempotencyKey, headers);
            return answer[0].status() == 201;
        });
        return answer[0];
    }

    /** Waits until the order's payment has been confirmed through the provider's webhook. */
    static void awaitConfirmed(Fans.SignedIn buyer, String orderId) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "CONFIRMED".equals(Api.get("/api/v1/orders/" + orderId, buyer.accessToken()).text("status")));
    }
}
