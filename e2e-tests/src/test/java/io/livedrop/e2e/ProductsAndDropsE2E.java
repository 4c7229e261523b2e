package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.events.Topics;
import io.livedrop.testinfra.TopicProbe;
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
import org.junit.jupiter.api.Test;

/** A creator lists a product with an image and schedules a drop that goes live and ends on time. */
class ProductsAndDropsE2E {

    /** A 1x1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void productWithImageAndADropThatGoesLiveAndEnds() throws Exception {
        Fans.SignedIn owner = Fans.signUpAndLogIn("Print Studio");
        String handle = "prints_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer page = Api.post("/api/v1/creators", owner.accessToken(), Map.of("handle", handle, "displayName", "Prints"));
        assertThat(page.status()).isEqualTo(201);
        AtomicReference<String> creatorToken = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            creatorToken.set(Fans.logIn(owner.email()).text("accessToken"));
            return Api.get("/api/v1/users/me", creatorToken.get()).body().get("roles").toString().contains("CREATOR");
        });
        String token = creatorToken.get();

        // product-svc learns the creator page from its event; until then it asks to try again.
        AtomicReference<Api.Answer> created = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            created.set(Api.post("/api/v1/products", token, Map.of(
                    "title", "Night Sky Print", "description", "Signed, numbered", "category", "prints",
                    "price", Map.of("amount", 4900, "currency", "EUR"), "tags", List.of("poster", "limited"))));
            return created.get().status() == 201;
        });
        String productId = created.get().text("id");

        Api.Answer slot = Api.post("/api/v1/products/" + productId + "/media", token,
                Map.of("contentType", "image/png", "sizeBytes", PNG.length));
        assertThat(slot.status()).as(slot.raw().body()).isEqualTo(201);
        HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create(slot.text("uploadUrl")))
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(PNG)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        assertThat(Api.post("/api/v1/products/" + productId + "/media/" + slot.text("mediaId") + "/complete", token, null)
                .status()).isEqualTo(200);
        String mediaUrl = Api.get("/api/v1/products/" + productId, null).body().get("media").get(0).get("url").asString();
        byte[] fetched = HTTP.send(HttpRequest.newBuilder(URI.create(mediaUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(fetched).isEqualTo(PNG);

        try (TopicProbe drops = TopicProbe.from(Topics.DROPS)) {
            AtomicReference<Api.Answer> scheduled = new AtomicReference<>();
            // drop-svc learns the creator page and the product from their events.
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Instant startsAt = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
                Instant endsAt = startsAt.plusSeconds(4);
                scheduled.set(Api.post("/api/v1/drops", token, Map.of(
                        "title", "Midnight drop", "startsAt", startsAt.toString(), "endsAt", endsAt.toString(),
                        "perUserLimit", 2, "items", List.of(Map.of("productId", productId, "quantity", 10)))));
                return scheduled.get().status() == 201;
            });
            assertThat(scheduled.get().text("status")).isEqualTo("SCHEDULED");
            String dropId = scheduled.get().text("id");

            drops.await(record -> dropId.equals(record.key()) && record.value().contains("livedrop.drop.started.v1"),
                    Duration.ofSeconds(30));
            assertThat(Api.get("/api/v1/drops/" + dropId, null).text("status")).isIn("LIVE", "ENDED");
            drops.await(record -> dropId.equals(record.key()) && record.value().contains("livedrop.drop.ended.v1"),
                    Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    "ENDED".equals(Api.get("/api/v1/drops/" + dropId, null).text("status")));
            assertThat(Api.get("/api/v1/drops/" + dropId, null).body().get("items").get(0).get("quantity").asInt())
                    .isEqualTo(10);
        }
    }
}
