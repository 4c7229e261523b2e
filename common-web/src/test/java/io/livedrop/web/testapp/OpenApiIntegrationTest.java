package io.livedrop.web.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class OpenApiIntegrationTest extends WebIntegrationTest {

    @Test
    void apiDocsArePublicAndDeclareBearerJwt() {
        Response response = get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        JsonNode doc = response.json();
        assertThat(doc.at("/info/title").asString()).isEqualTo("common-web-test");
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/scheme").asString()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/bearer-jwt/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(doc.at("/security/0").has("bearer-jwt")).isTrue();
    }

    @Test
    void paginatedOperationDocumentsLimitAndCursorButNotResolvedTypes() {
        JsonNode doc = get("/v3/api-docs").json();

        assertThat(doc.at("/paths/~1test~1items/get/parameters").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("limit", "cursor");
        assertThat(doc.at("/paths/~1test~1me/get/parameters").isMissingNode()).isTrue();
    }
}
