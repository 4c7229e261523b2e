package io.livedrop.product.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.livedrop.product.ServiceIntegrationTest;
import io.livedrop.testinfra.ServiceClient;
import io.livedrop.testinfra.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating, editing, archiving and reading products over HTTP. */
class ProductsIT extends ServiceIntegrationTest {

    @Test
    void creatorCreatesAProductThatAnyoneCanRead() {
        Creator creator = aCreator();

        ServiceClient.Response created = api().post("/api/v1/products", creator.token(),
                aProduct().title("  Stoneware mug ").tags(List.of("Ceramic", "handmade", "ceramic")).body());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.location()).isEqualTo("/api/v1/products/" + id);
        ServiceClient.Response read = api().get("/api/v1/products/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        JsonNode product = read.json();
        assertThat(product.path("creatorId").asString()).isEqualTo(creator.pageId().toString());
        assertThat(product.path("title").asString()).isEqualTo("Stoneware mug");
        assertThat(product.path("price").path("amount").asLong()).isEqualTo(2500);
        assertThat(product.path("price").path("currency").asString()).isEqualTo("EUR");
        assertThat(product.path("category").asString()).isEqualTo("home");
        assertThat(product.path("tags").values()).extracting(JsonNode::asString).containsExactly("ceramic", "handmade");
        assertThat(product.path("archived").asBoolean()).isFalse();
        assertThat(product.path("media").isEmpty()).isTrue();
        assertThat(product.path("inventory").path("remaining").asLong()).isZero();
    }

    @Test
    void fanWithoutTheCreatorRoleCannotCreateAProduct() {
        ServiceClient.Response answer = api().post("/api/v1/products", fanToken(), aProduct().body());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void creatingWithoutATokenIsUnauthorized() {
        assertThat(api().post("/api/v1/products", null, aProduct().body()).status()).isEqualTo(401);
    }

    @Test
    void creatorWhosePageIsNotKnownYetIsToldToRetry() {
        String token = TestTokens.accessToken(UUID.randomUUID(), "FAN", "CREATOR");

        ServiceClient.Response answer = api().post("/api/v1/products", token, aProduct().body());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("creator-page-unknown");
    }

    @Test
    void zeroOrNegativePriceIsRejectedNamingTheAmount() {
        Creator creator = aCreator();

        for (long amount : new long[] {0, -100}) {
            ServiceClient.Response answer = api().post("/api/v1/products", creator.token(), aProduct().price(amount, "EUR").body());
            assertThat(answer.status()).as("amount %d", amount).isEqualTo(400);
            assertThat(answer.invalidField()).isEqualTo("price.amount");
        }
    }

    @Test
    void unknownCurrencyIsRejectedNamingTheCurrency() {
        ServiceClient.Response answer = api().post("/api/v1/products", aCreator().token(), aProduct().price(100, "ABC").body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("price.currency");
    }

    @Test
    void titleLongerThan120CharactersIsRejectedNamingTheTitle() {
        ServiceClient.Response answer = api().post("/api/v1/products", aCreator().token(),
                aProduct().title("x".repeat(121)).body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("title");
    }

    @Test
    void categoryOutsideTheListIsRejectedNamingTheCategory() {
        ServiceClient.Response answer = api().post("/api/v1/products", aCreator().token(), aProduct().category("tees").body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("category");
    }

    @Test
    void moreThanTenTagsAreRejectedNamingTheTags() {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tags.add("tag" + i);
        }

        ServiceClient.Response answer = api().post("/api/v1/products", aCreator().token(), aProduct().tags(tags).body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("tags");
    }

    @Test
    void ownerEditsTheirProduct() {
        Creator creator = aCreator();
        UUID product = productOf(creator);

        ServiceClient.Response edited = api().patch("/api/v1/products/" + product, creator.token(),
                Map.of("title", "Large mug", "price", Map.of("amount", 3200, "currency", "USD"), "tags", List.of()));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.text("title")).isEqualTo("Large mug");
        assertThat(edited.json().path("price").path("currency").asString()).isEqualTo("USD");
        assertThat(edited.json().path("tags").isEmpty()).isTrue();
        assertThat(edited.text("description")).isEqualTo("Wheel-thrown, blue glaze.");
    }

    @Test
    void editIsValidatedLikeACreation() {
        Creator creator = aCreator();
        UUID product = productOf(creator);

        ServiceClient.Response answer = api().patch("/api/v1/products/" + product, creator.token(),
                Map.of("price", Map.of("amount", 100, "currency", "XYZ")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.invalidField()).isEqualTo("price.currency");
    }

    @Test
    void anotherCreatorCannotEditOrArchiveTheProduct() {
        UUID product = productOf(aCreator());
        Creator other = aCreator();

        assertThat(api().patch("/api/v1/products/" + product, other.token(), Map.of("title", "Mine")).status())
                .isEqualTo(403);
        assertThat(api().delete("/api/v1/products/" + product, other.token()).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/products/" + product, null).json().path("archived").asBoolean()).isFalse();
    }

    @Test
    void unknownProductIsNotFound() {
        Creator creator = aCreator();

        assertThat(api().get("/api/v1/products/" + UNKNOWN_ID, null).status()).isEqualTo(404);
        assertThat(api().patch("/api/v1/products/" + UNKNOWN_ID, creator.token(), Map.of("title", "x")).status())
                .isEqualTo(404);
        assertThat(api().delete("/api/v1/products/" + UNKNOWN_ID, creator.token()).status()).isEqualTo(404);
    }

    @Test
    void archivedProductStaysReadableButCannotBeEdited() {
        Creator creator = aCreator();
        UUID product = productOf(creator);

        assertThat(api().delete("/api/v1/products/" + product, creator.token()).status()).isEqualTo(204);

        ServiceClient.Response read = api().get("/api/v1/products/" + product, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("archived").asBoolean()).isTrue();
        ServiceClient.Response edit = api().patch("/api/v1/products/" + product, creator.token(), Map.of("title", "Back"));
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.problemType()).isEqualTo("product-archived");
        assertThat(api().delete("/api/v1/products/" + product, creator.token()).status()).as("again").isEqualTo(204);
    }

    @Test
    void creatorsListIsNewestFirstPagedAndWithoutArchivedProducts() {
        Creator creator = aCreator();
        UUID first = productOf(creator);
        UUID archived = productOf(creator);
        UUID third = productOf(creator);
        UUID newest = productOf(creator);
        api().delete("/api/v1/products/" + archived, creator.token());

        String path = "/api/v1/creators/" + creator.pageId() + "/products?limit=2";
        ServiceClient.Response page1 = api().get(path, null);
        ServiceClient.Response page2 = api().get(path + "&cursor=" + page1.text("nextCursor"), null);

        assertThat(ids(page1)).containsExactly(newest.toString(), third.toString());
        assertThat(ids(page2)).containsExactly(first.toString());
        assertThat(page2.json().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void creatorWithoutProductsHasAnEmptyList() {
        ServiceClient.Response page = api().get("/api/v1/creators/" + UNKNOWN_ID + "/products", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").isEmpty()).isTrue();
    }

    private static List<String> ids(ServiceClient.Response page) {
        return page.json().path("items").values().stream().map(item -> item.path("id").asString()).toList();
    }
}
