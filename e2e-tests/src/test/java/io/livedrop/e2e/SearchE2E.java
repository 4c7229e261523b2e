package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a creator publishes through the API is findable moments later, by search and by autocomplete. */
class SearchE2E {

    @Test
    void productDropAndCreatorAreFoundMomentsAfterTheyAreCreated() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Studio studio = Studio.open("Studio " + word);
        String productId = studio.listProduct("Aurora " + word + " print", 3900);
        String dropId = studio.scheduleDrop(productId, 5, 1, Duration.ofMinutes(10), Duration.ofMinutes(10));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.get("/api/v1/search/products?q=" + word, null).raw().body().contains(productId));
        Api.Answer products = Api.get("/api/v1/search/products?q=" + word + "&sort=price_asc", null);
        assertThat(products.body().get("items").get(0).get("id").asString()).isEqualTo(productId);
        assertThat(products.body().get("facets").get("category").toString()).contains("prints");

        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.get("/api/v1/search/drops?status=SCHEDULED&q=" + dropTitleWord(dropId), null).raw().body()
                        .contains(dropId));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.get("/api/v1/search/creators?q=" + word, null).raw().body().contains(studio.creatorId()));

        Api.Answer suggestions = Api.get("/api/v1/search/suggest?prefix=" + encode("Aurora " + word), null);
        assertThat(suggestions.status()).isEqualTo(200);
        assertThat(suggestions.raw().body()).contains(productId);
    }

    @Test
    void queryLanguageIsSearchedAsTextAndBadInputIsA400() {
        assertThat(Api.get("/api/v1/search/products?q=" + encode("title:(a OR b) AND \"x"), null).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/search/products?sort=cheapest", null).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/search/products?minPrice=-1", null).status()).isEqualTo(400);
        assertThat(Api.get("/api/v1/search/products?cursor=not-a-cursor", null).status()).isEqualTo(400);
    }

    /** Studio names drops "Drop <6 chars>"; read the title back to search by it. */
    private static String dropTitleWord(String dropId) {
        return Api.get("/api/v1/drops/" + dropId, null).text("title").substring("Drop ".length());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
