package io.livedrop.product.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livedrop.product.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Images go straight from the client to the object store; the service hands out URLs and checks. */
class MediaIT extends ServiceIntegrationTest {

    private static final byte[] PNG = png();

    @Autowired
    StringRedisTemplate redis;

    @Test
    void uploadedImageIsAttachedAndServedFromItsUrl() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        assertThat(api().get("/api/v1/products/" + product, null).json().path("media").isEmpty()).isTrue();

        ServiceClient.Response slot = start(product, creator.token(), "image/png", PNG.length);
        assertThat(slot.status()).as(slot.body()).isEqualTo(201);
        assertThat(Instant.parse(slot.text("expiresAt")))
                .isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(upload(slot.text("uploadUrl"), "image/png", PNG).statusCode()).isEqualTo(200);

        String mediaId = slot.text("mediaId");
        ServiceClient.Response completed = complete(product, mediaId, creator.token());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.text("mediaId")).isEqualTo(mediaId);
        assertThat(completed.json().path("sizeBytes").asLong()).isEqualTo(PNG.length);
        assertThat(complete(product, mediaId, creator.token()).text("mediaId")).as("confirmed again").isEqualTo(mediaId);

        // The detail read before the upload was cached; the product's own event evicts it.
        await().atMost(DELIVERY).until(() -> api().get("/api/v1/products/" + product, null).json().path("media").size() == 1);
        ServiceClient.Response detail = api().get("/api/v1/products/" + product, null);
        assertThat(detail.json().path("media").path(0).path("mediaId").asString()).isEqualTo(mediaId);
        assertThat(detail.json().path("media").path(0).path("contentType").asString()).isEqualTo("image/png");
        HttpResponse<byte[]> image = ServiceClient.exchange(
                HttpRequest.newBuilder(URI.create(detail.json().path("media").path(0).path("url").asString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(PNG);
    }

    @Test
    void cachedMediaUrlsOutliveTheCacheEntry() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        assertThat(api().get("/api/v1/products/" + product, null).json().path("media").isEmpty()).isTrue();
        attachImage(product, creator);
        // Once a read shows the image, the eviction has happened and the copy now cached stays.
        await().atMost(DELIVERY).until(() -> api().get("/api/v1/products/" + product, null).json().path("media").size() == 1);

        String key = "ld:product:detail:{" + product + "}";
        String cached = redis.opsForValue().get(key);
        Long entrySeconds = redis.getExpire(key);

        assertThat(cached).isNotNull();
        Matcher urlLifetime = Pattern.compile("X-Amz-Expires=(\\d+)").matcher(cached);
        assertThat(urlLifetime.find()).as(cached).isTrue();
        assertThat(Long.parseLong(urlLifetime.group(1))).isGreaterThan(entrySeconds);
    }

    @Test
    void completingBeforeUploadingIsAConflict() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        ServiceClient.Response slot = start(product, creator.token(), "image/png", PNG.length);

        ServiceClient.Response answer = complete(product, slot.text("mediaId"), creator.token());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("media-not-uploaded");
        assertThat(api().get("/api/v1/products/" + product, null).json().path("media").isEmpty()).isTrue();
    }

    @Test
    void storeRefusesAnUploadOfAnotherContentTypeOrSize() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        ServiceClient.Response slot = start(product, creator.token(), "image/png", PNG.length);

        assertThat(upload(slot.text("uploadUrl"), "image/jpeg", PNG).statusCode()).isEqualTo(403);
        byte[] larger = Arrays.copyOf(PNG, PNG.length + 1);
        assertThat(upload(slot.text("uploadUrl"), "image/png", larger).statusCode()).isEqualTo(403);
        assertThat(complete(product, slot.text("mediaId"), creator.token()).status()).isEqualTo(409);
    }

    @Test
    void disallowedContentTypeIsRejectedNamingIt() {
        Creator creator = aCreator();

        ServiceClient.Response answer = start(productOf(creator), creator.token(), "image/svg+xml", 100);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("contentType");
    }

    @Test
    void fileOverTheSizeLimitIsRejectedNamingTheSize() {
        Creator creator = aCreator();

        ServiceClient.Response answer = start(productOf(creator), creator.token(), "image/jpeg", 10L * 1024 * 1024 + 1);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("sizeBytes");
    }

    @Test
    void onlyTheOwnerAddsMedia() {
        Creator owner = aCreator();
        UUID product = productOf(owner);
        ServiceClient.Response slot = start(product, owner.token(), "image/png", PNG.length);
        String other = aCreator().token();

        assertThat(start(product, other, "image/png", PNG.length).status()).isEqualTo(403);
        assertThat(complete(product, slot.text("mediaId"), other).status()).isEqualTo(403);
    }

    @Test
    void unknownProductOrMediaIsNotFound() {
        Creator creator = aCreator();
        UUID product = productOf(creator);

        assertThat(api().post("/api/v1/products/" + UNKNOWN_ID + "/media", creator.token(),
                Map.of("contentType", "image/png", "sizeBytes", 100)).status()).isEqualTo(404);
        assertThat(complete(product, UNKNOWN_ID, creator.token()).status()).isEqualTo(404);
    }

    @Test
    void archivedProductTakesNoMedia() {
        Creator creator = aCreator();
        UUID product = productOf(creator);
        api().delete("/api/v1/products/" + product, creator.token());

        ServiceClient.Response answer = start(product, creator.token(), "image/png", PNG.length);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("product-archived");
    }

    private void attachImage(UUID product, Creator creator) {
        ServiceClient.Response slot = start(product, creator.token(), "image/png", PNG.length);
        assertThat(upload(slot.text("uploadUrl"), "image/png", PNG).statusCode()).isEqualTo(200);
        assertThat(complete(product, slot.text("mediaId"), creator.token()).status()).isEqualTo(200);
    }

    private ServiceClient.Response start(UUID product, String token, String contentType, long sizeBytes) {
        return api().post("/api/v1/products/" + product + "/media", token,
                Map.of("contentType", contentType, "sizeBytes", sizeBytes));
    }

    private ServiceClient.Response complete(UUID product, String mediaId, String token) {
        return api().post("/api/v1/products/" + product + "/media/" + mediaId + "/complete", token, Map.of());
    }

    /** What a client does with the upload URL: one PUT of the bytes, straight to the store. */
    private static HttpResponse<String> upload(String url, String contentType, byte[] bytes) {
        return ServiceClient.exchange(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", contentType)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, 0x3366CC);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
