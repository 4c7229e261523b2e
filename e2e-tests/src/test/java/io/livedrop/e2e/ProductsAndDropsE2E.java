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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A creator lists a product with an image and schedules a drop that goes live and ends on time. */
class ProductsAndDropsE2E {

    /** A 1x1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void productWithImageAndADropThatGoesLiveAndEnds() throws Exception {
        Studio studio = Studio.open("Print Studio");
        String token = studio.token();
        String productId = studio.listProduct("Night Sky Print", 4900);

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
            String dropId = studio.scheduleDrop(productId, 10, 2, Duration.ofSeconds(6), Duration.ofSeconds(4));

            drops.await(record -> dropId.equals(record.key()) && record.value().contains("livedrop.drop.started.v1"),
                    Duration.ofSeconds(30));
            // The gateway's cached copy is dropped by the same event, moments later.
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    List.of("LIVE", "ENDED").contains(Api.get("/api/v1/drops/" + dropId, null).text("status")));
            drops.await(record -> dropId.equals(record.key()) && record.value().contains("livedrop.drop.ended.v1"),
                    Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    "ENDED".equals(Api.get("/api/v1/drops/" + dropId, null).text("status")));
            assertThat(Api.get("/api/v1/drops/" + dropId, null).body().get("items").get(0).get("quantity").asInt())
                    .isEqualTo(10);
        }
    }
}
