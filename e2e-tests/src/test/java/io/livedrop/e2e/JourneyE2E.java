package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The whole journey a client developer builds against, through the gateway: a creator opens a page,
 * lists a product with an image and schedules a drop; a fan follows, finds it, hears it go live on the
 * socket, buys with an idempotency key, is confirmed after the payment webhook, and watches the stock
 * run out.
 */
class JourneyE2E {

    @Test
    void fanFollowsFindsHearsBuysIsConfirmedAndTheDropSellsOut() {
        String word = "jy" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Studio studio = Studio.open("Journey " + word);
        Fans.SignedIn fan = Fans.signUpAndLogIn("Journey Fan");
        Fans.SignedIn rival = Fans.signUpAndLogIn("Journey Rival");
        Fans.SignedIn late = Fans.signUpAndLogIn("Journey Latecomer");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.put("/api/v1/creators/" + studio.creatorId() + "/followers/me", fan.accessToken(), null).status() == 204);

        String productId = studio.listProduct("Comet " + word + " print", 2500);
        studio.attachImage(productId);

        try (NotificationSocket socket = NotificationSocket.open(fan.accessToken())) {
            String dropId = studio.scheduleDrop(productId, 2, 1, Duration.ofSeconds(20), Duration.ofMinutes(5));

            await().atMost(Duration.ofSeconds(15)).until(() ->
                    Api.get("/api/v1/search/products?q=" + word, null).raw().body().contains(productId));
            assertThat(Api.get("/api/v1/search/suggest?prefix=" + encode("Comet " + word), null).raw().body())
                    .contains(productId);

            await().atMost(Duration.ofSeconds(40)).until(() -> socket.hasReceived("drop.started"));
            assertThat(socket.messages()).anyMatch(message -> message.contains("is live now"));

            Checkout checkout = new Checkout(dropId, productId);
            Checkout.Placed placed = checkout.awaitPurchase(fan, "journey-" + UUID.randomUUID());
            assertThat(placed.answer().text("status")).isEqualTo("PENDING_PAYMENT");
            assertThat(checkout.buy(fan, placed.idempotencyKey()).text("id")).as("the same key, the same order")
                    .isEqualTo(placed.orderId());

            Checkout.awaitConfirmed(fan, placed.orderId());
            await().atMost(Duration.ofSeconds(15)).until(() -> socket.hasReceived("order.confirmed"));
            assertThat(Api.get("/api/v1/notifications", fan.accessToken()).raw().body()).contains("\"order.confirmed\"");

            await().atMost(Duration.ofSeconds(15)).until(() -> remainingInProduct(productId, fan) == 1
                    && remainingInDrop(dropId, fan) == 1);
            await().atMost(Duration.ofSeconds(15)).until(() -> searchHit(word, productId, fan).path("remaining").asLong(-1) == 1);

            assertThat(checkout.awaitPurchase(rival, "rival-" + UUID.randomUUID()).answer().status()).isEqualTo(201);
            Api.Answer soldOut = checkout.buy(late, "late-" + UUID.randomUUID());
            assertThat(soldOut.status()).isEqualTo(409);
            assertThat(soldOut.text("type")).endsWith("/sold-out");
            await().atMost(Duration.ofSeconds(15)).until(() -> remainingInProduct(productId, fan) == 0
                    && remainingInDrop(dropId, fan) == 0);
            await().atMost(Duration.ofSeconds(15)).until(() -> searchHit(word, productId, fan).path("soldOut").asBoolean(false));
        }
    }

    /** Read signed in: the gateway caches anonymous reads for a few seconds. */
    private static long remainingInProduct(String productId, Fans.SignedIn reader) {
        return Api.get("/api/v1/products/" + productId, reader.accessToken()).body().get("inventory").get("remaining").asLong();
    }

    /** The product among the search hits for {@code word} (missing when absent), read signed in as above. */
    private static JsonNode searchHit(String word, String productId, Fans.SignedIn reader) {
        for (JsonNode item : Api.get("/api/v1/search/products?q=" + word, reader.accessToken()).body().path("items")) {
            if (productId.equals(item.path("id").asString())) {
                return item;
            }
        }
        return MissingNode.getInstance();
    }

    private static long remainingInDrop(String dropId, Fans.SignedIn reader) {
        return Api.get("/api/v1/drops/" + dropId, reader.accessToken()).body().get("items").get(0).get("remaining").asLong();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
