package io.livedrop.web.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

class PaginationIntegrationTest extends WebIntegrationTest {

    private final String token = TOKENS.token().sign();

    @Test
    void cursorWalksTheWholeListPageByPage() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get("/test/items?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), token).json();
            page.get("items").valueStream().forEach(item -> seen.add(item.get("id").asString()));
            assertThat(page.has("nextCursor")).isTrue();
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(
                TestController.ITEMS.stream().map(item -> item.id().toString()).toList());
    }

    @Test
    void limitDefaultsTo20() {
        JsonNode page = get("/test/items", token).json();

        assertThat(page.get("items").size()).isEqualTo(TestController.ITEMS.size());
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "101", "-1", "ten" })
    void limitOutsideOneToHundredAnswers400NamingLimit(String limit) {
        Response response = get("/test/items?limit=" + limit, token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("https://livedrop.io/problems/validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void undecodableCursorAnswers400NamingCursor() {
        Response response = get("/test/items?cursor=not*base64", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }
}
