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
import java.util.List;
import org.junit.jupiter.api.Test;

/** A creator lists a product with an image and schedules a drop that goes live and ends on time. */
class ProductsAndDropsE2E {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void productWithImageAndADropThatGoesLiveAndEnds() throws Exception {
        Studio studio = Studio.open("Print Studio");
        String productId = studio.listProduct("Night Sky Print", 4900);

        studio.attachImage(productId);
        String mediaUrl = Api.get("/api/v1/products/" + productId, null).body().get("media").get(0).get("url").asString();
        byte[] fetched = HTTP.send(HttpRequest.newBuilder(URI.create(mediaUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(fetched).isEqualTo(Studio.PNG);

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
