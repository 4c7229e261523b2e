package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/** A creator with a page, signed in with the CREATOR role, who lists products and schedules drops. */
record Studio(Fans.SignedIn owner, String creatorId, String token) {

    /** A 1x1 transparent PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final HttpClient STORAGE = HttpClient.newHttpClient();

    static Studio open(String name) {
        Fans.SignedIn owner = Fans.signUpAndLogIn(name);
        String handle = "studio_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer page = Api.post("/api/v1/creators", owner.accessToken(), Map.of("handle", handle, "displayName", name));
        assertThat(page.status()).as(page.raw().body()).isEqualTo(201);
        // The role arrives in the next token, once user-svc has granted it.
        AtomicReference<String> token = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            token.set(Fans.logIn(owner.email()).text("accessToken"));
            return Api.get("/api/v1/users/me", token.get()).body().get("roles").toString().contains("CREATOR");
        });
        return new Studio(owner, page.text("id"), token.get());
    }

    /** Lists a product; product-svc learns the creator page from its event, so it may ask to retry. */
    String listProduct(String title, long priceCents) {
        AtomicReference<Api.Answer> created = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            created.set(Api.post("/api/v1/products", token, Map.of(
                    "title", title, "description", "Signed, numbered", "category", "prints",
                    "price", Map.of("amount", priceCents, "currency", "EUR"), "tags", List.of("poster", "limited"))));
            return created.get().status() == 201;
        });
        return created.get().text("id");
    }

    /** Schedules a drop of one product starting a few seconds from now; drop-svc learns products from events. */
    String scheduleDrop(String productId, int quantity, int perUserLimit, Duration startsIn, Duration lasts) {
        AtomicReference<Api.Answer> scheduled = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Instant startsAt = Instant.now().plus(startsIn).truncatedTo(ChronoUnit.SECONDS);
            scheduled.set(Api.post("/api/v1/drops", token, Map.of(
                    "title", "Drop " + UUID.randomUUID().toString().substring(0, 6),
                    "startsAt", startsAt.toString(), "endsAt", startsAt.plus(lasts).toString(),
                    "perUserLimit", perUserLimit, "items", List.of(Map.of("productId", productId, "quantity", quantity)))));
            return scheduled.get().status() == 201;
        });
        assertThat(scheduled.get().text("status")).isEqualTo("SCHEDULED");
        return scheduled.get().text("id");
    }

    /** Uploads {@link #PNG} as the product's image: a slot from product-svc, a PUT to storage, then complete. */
    void attachImage(String productId) {
        Api.Answer slot = Api.post("/api/v1/products/" + productId + "/media", token,
                Map.of("contentType", "image/png", "sizeBytes", PNG.length));
        assertThat(slot.status()).as(slot.raw().body()).isEqualTo(201);
        try {
            HttpResponse<String> upload = STORAGE.send(HttpRequest.newBuilder(URI.create(slot.text("uploadUrl")))
                    .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(PNG)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException("upload to storage failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(Api.post("/api/v1/products/" + productId + "/media/" + slot.text("mediaId") + "/complete", token, null)
                .status()).isEqualTo(200);
    }
}
