package io.livedrop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a creator publishes through the API is findable moments later, by search and by autocomplete. */
class SearchE2E {

    /** The rebuild is an operator's call to search-svc itself: the gateway routes no admin search path. */
    private static final String SEARCH_SVC = System.getProperty("livedrop.search-svc-url",
            System.getenv().getOrDefault("LIVEDROP_SEARCH_SVC_URL", "http://127.0.0.1:8087"));

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

    @Test
    void anAdminRebuildReadsTheRealServicesAndSearchKeepsFindingWhatTheyHold() {
        String word = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Studio studio = Studio.open("Rebuild " + word);
        String productId = studio.listProduct("Lantern " + word + " print", 2500);
        String dropId = studio.scheduleDrop(productId, 3, 1, Duration.ofMinutes(10), Duration.ofMinutes(10));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Api.get("/api/v1/search/products?q=" + word, null).raw().body().contains(productId));
        String admin = Api.post("/api/v1/auth/login", null,
                Map.of("email", "admin@livedrop.local", "password", "local-admin-password")).text("accessToken");

        HttpResponse<String> rebuilt = rebuild(admin);

        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        JsonNode indices = JsonMapper.shared().readTree(rebuilt.body()).get("indices");
        assertThat(indices).hasSize(4);
        indices.forEach(index -> {
            String alias = index.get("alias").asString();
            String to = index.get("to").asString();
            // Stock is filled into its live index in place; every other collection into a new one.
            if (alias.endsWith("product-stock")) {
                assertThat(to).isEqualTo(index.get("from").asString());
            } else {
                assertThat(to).startsWith(alias + "-v").isNotEqualTo(index.get("from").asString());
            }
            assertThat(index.get("documents").asLong()).isPositive();
        });
        // Read from product-svc, drop-svc and creator-svc into the new indices before the aliases moved.
        JsonNode product = Api.get("/api/v1/search/products?q=" + word, null).body().get("items").get(0);
        assertThat(product.get("id").asString()).isEqualTo(productId);
        assertThat(product.get("remaining").asLong()).isEqualTo(3);
        assertThat(Api.get("/api/v1/search/drops?status=SCHEDULED&q=" + dropTitleWord(dropId), null).raw().body())
                .contains(dropId);
        assertThat(Api.get("/api/v1/search/creators?q=" + word, null).raw().body()).contains(studio.creatorId());
        assertThat(rebuild(Fans.signUpAndLogIn("Not Admin " + word).accessToken()).statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> rebuild(String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SEARCH_SVC + "/api/v1/admin/search/rebuild"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST /api/v1/admin/search/rebuild failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Studio names drops "Drop <6 chars>"; read the title back to search by it. */
    private static String dropTitleWord(String dropId) {
        return Api.get("/api/v1/drops/" + dropId, null).text("title").substring("Drop ".length());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
